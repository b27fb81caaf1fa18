import { lazy, type ComponentType } from 'react';
import type { OrganisationAction } from '../../../shared/auth/permissions';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { LoginPage } from '../pages/LoginPage';
import { OidcCallbackPage } from '../pages/OidcCallbackPage';
import { GoalPage } from '../pages/GoalPage';
import { GoalsPage } from '../pages/GoalsPage';
import { MentionsPage } from '../pages/MentionsPage';
import { StartPage } from '../pages/StartPage';
import { WorkshopJoinPage } from '../pages/WorkshopJoinPage';
import { OrganisationPage } from '../pages/admin/OrganisationPage';
import { UsersPage } from '../pages/admin/UsersPage';
import { LOGIN_PATH, OIDC_CALLBACK_PATH, type RouteParams } from './paths';

/**
 * Who may see a page: only the signed-out, anyone signed in, those holding one permission, or anyone at
 * all (workshop join and board pages: guests have no member session; the page asks the server itself).
 */
type Access = { kind: 'signed-out' } | { kind: 'signed-in' } | { kind: 'permission'; action: OrganisationAction } | { kind: 'anyone' };

interface Route {
  /** A path; a segment `:name` matches any one segment and is passed to the page as params.name. */
  path: string;
  access: Access;
  page: ComponentType<{ params: RouteParams }>;
  /** The page fills the screen on its own, without the app's header and footer (the projector). */
  fullScreen?: boolean;
}

export interface RouteMatch {
  route: Route;
  params: RouteParams;
}

// The editor (Tiptap, Yjs, y-websocket) loads only when a document is opened.
const DocumentPage = lazy(() => import('../pages/DocumentPage').then((module) => ({ default: module.DocumentPage })));
// The facilitator's overview and the presenter view read live rooms: loaded when opened.
const WorkshopsPage = lazy(() => import('../pages/WorkshopsPage').then((module) => ({ default: module.WorkshopsPage })));
const WorkshopOverviewPage = lazy(() => import('../pages/WorkshopOverviewPage').then((module) => ({ default: module.WorkshopOverviewPage })));
const WorkshopPresentPage = lazy(() => import('../pages/WorkshopPresentPage').then((module) => ({ default: module.WorkshopPresentPage })));
// A workshop's group board (Yjs, y-websocket) loads only when opened; joining needs none of it.
const WorkshopBoardPage = lazy(() => import('../pages/WorkshopBoardPage').then((module) => ({ default: module.WorkshopBoardPage })));

const routes: Route[] = [
  { path: LOGIN_PATH, access: { kind: 'signed-out' }, page: LoginPage },
  // Anyone: the provider's answer is finished here even in a browser that still holds an older session.
  { path: OIDC_CALLBACK_PATH, access: { kind: 'anyone' }, page: OidcCallbackPage },
  { path: '/', access: { kind: 'signed-in' }, page: StartPage },
  { path: '/dokument/:id', access: { kind: 'signed-in' }, page: DocumentPage },
  { path: '/att-lasa', access: { kind: 'signed-in' }, page: MentionsPage },
  { path: '/mal', access: { kind: 'signed-in' }, page: GoalsPage },
  { path: '/mal/:id', access: { kind: 'signed-in' }, page: GoalPage },
  { path: '/workshoppar', access: { kind: 'signed-in' }, page: WorkshopsPage },
  { path: '/workshop/:id/ledning', access: { kind: 'permission', action: 'workshop.facilitate' }, page: WorkshopOverviewPage },
  { path: '/workshop/:id/presentation', access: { kind: 'signed-in' }, page: WorkshopPresentPage, fullScreen: true },
  { path: '/w', access: { kind: 'anyone' }, page: WorkshopJoinPage },
  // The projector's address (kept short to type); open to the workshop's guests, so the page asks the server.
  { path: '/w/:code/present', access: { kind: 'anyone' }, page: WorkshopPresentPage, fullScreen: true },
  { path: '/w/:code', access: { kind: 'anyone' }, page: WorkshopJoinPage },
  { path: '/workshop/:id', access: { kind: 'anyone' }, page: WorkshopBoardPage },
  { path: '/konto/losenord', access: { kind: 'signed-in' }, page: ChangePasswordPage },
  { path: '/admin/anvandare', access: { kind: 'permission', action: 'org.admin' }, page: UsersPage },
  { path: '/admin/organisation', access: { kind: 'permission', action: 'org.admin' }, page: OrganisationPage },
];

function matchPath(pattern: string, path: string): RouteParams | null {
  const wanted = pattern.split('/');
  const given = path.split('/');
  if (wanted.length !== given.length) return null;
  const params: RouteParams = {};
  for (const [index, segment] of wanted.entries()) {
    const value = given[index]!;
    if (segment.startsWith(':')) {
      if (!value) return null;
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) return null;
  }
  return params;
}

/** Trailing slashes are forgiven: /admin/anvandare/ is /admin/anvandare. */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}
