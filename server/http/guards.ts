import type { Context } from 'hono';
import { can, type Action, type OrganisationResource, type Resource } from '../../shared/auth/permissions';
import type { Principal } from '../auth/principal';
import type { AppEnv } from './env';
import { ApiProblem } from './errors';

/** The signed-in principal, or a 401. */
export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.var.principal;
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
