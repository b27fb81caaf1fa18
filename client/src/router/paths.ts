/**
 * Every address of the app, built in one place: pages link with `paths.document(id)`, never with a
 * hand-written string. This module imports no page, so pages may import it without a cycle through the
 * route table (routes.ts imports the pages). routes.test.ts checks that each builder lands on its route.
 */

/** Values of a route's `:name` segments, e.g. { id } for /dokument/:id. */
export type RouteParams = Record<string, string>;

const segment = (value: string) => encodeURIComponent(value);

export const LOGIN_PATH = '/logga-in';
/** Where the kommun's identity provider sends the browser back (shared with the server's redirect URI). */
export { OIDC_CALLBACK_PATH } from '../../../shared/auth/oidc-settings';

export const paths = {
  /** The login page; `next` is where to go once signed in. */
  login: (next?: string) => (next ? `${LOGIN_PATH}?next=${encodeURIComponent(next)}` : LOGIN_PATH),
  start: () => '/',
  /** One document; `threadId` opens it at that comment thread. */
  document: (id: string, threadId?: string) => `/dokument/${segment(id)}${threadId ? `#trad-${threadId}` : ''}`,
  mentions: () => '/att-lasa',
  /** The kommun's goals, level by level. */
  goals: () => '/mal',
  /** One goal: its parent, the goals that contribute to it and its assessments. */
  goal: (id: string) => `/mal/${segment(id)}`,
  workshops: () => '/workshoppar',
  workshopOverview: (id: string) => `/workshop/${segment(id)}/ledning`,
  workshopBoard: (id: string) => `/workshop/${segment(id)}`,
  /** The presenter view: by join code when it is known (an address to type on the projector's computer). */
  workshopPresentation: ({ id, joinCode }: { id: string; joinCode?: string | null }) =>
    joinCode ? `/w/${segment(joinCode)}/present` : `/workshop/${segment(id)}/presentation`,
  /** Joining a workshop, with its code when known. */
  join: (code?: string | null) => (code ? `/w/${segment(code)}` : '/w'),
  changePassword: () => '/konto/losenord',
  adminUsers: () => '/admin/anvandare',
  adminOrganisation: () => '/admin/organisation',
};
