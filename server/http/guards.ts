import type { Context } from 'hono';
import { can, type Action, type OrganisationResource, type Resource } from '../../shared/auth/permissions';
import { guestCaller, memberCaller, type Caller } from '../auth/caller';
import type { Principal } from '../auth/principal';
import type { AppEnv } from './env';
import { ApiProblem } from './errors';

/**
 * The signed-in member, or a 401; a guest of a workshop gets 403 (`guest_forbidden`), since every route
 * that asks for a principal is for members. Routes open to guests ask for `requireCaller`.
 */
export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.var.principal;
  if (!principal && c.var.guest) throw new ApiProblem(403, 'guest_forbidden', 'error.guestForbidden');
  if (!principal) throw new ApiProblem(401, 'unauthenticated', 'error.unauthenticated');
  return principal;
}

/** The signed-in principal if `can()` allows the action on the resource; otherwise 401 or 403. */
export function authorize(c: Context<AppEnv>, action: Action, resource: (principal: Principal) => Resource): Principal {
  const principal = requirePrincipal(c);
  if (!can(principal.subject, action, resource(principal))) throw new ApiProblem(403, 'forbidden', 'error.forbidden');
  return principal;
}

/** The principal's own organisation as a `can()` resource. */
export const ownOrganisation = (principal: Principal): OrganisationResource => ({
  kind: 'organisation',
  organisationId: principal.organisation.id,
  settings: principal.organisation.settings,
});

/** A member or a workshop's guest, for the routes open to guests (workshops); otherwise a 401. */
export function requireCaller(c: Context<AppEnv>): Caller {
  if (c.var.principal) return memberCaller(c.var.principal);
  if (c.var.guest) return guestCaller(c.var.guest);
  throw new ApiProblem(401, 'unauthenticated', 'error.unauthenticated');
}
