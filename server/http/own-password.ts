import type { MiddlewareHandler } from 'hono';
import { logout } from '../../shared/api/auth';
import { changePassword, getMe } from '../../shared/api/me';
import { ApiProblem } from './errors';
import type { AppEnv } from './env';

/** What a member whose password someone else chose may still do: see who they are, choose one, or leave. */
const ALLOWED = new Set([getMe, changePassword, logout].map((route) => `${route.method.toUpperCase()} /api${route.path}`));

/**
 * A member signed in with a password an admin (or the install) chose must choose their own first:
 * every other API call and every live connection is refused with 403 until then, so the person who
 * knows the one-time password cannot go on using the account as its owner.
 */
export function requireOwnPassword(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.var.principal;
    if (principal?.user.passwordChangeRequired && !ALLOWED.has(`${c.req.method} ${c.req.path}`)) {
      throw new ApiProblem(403, 'password_change_required', 'error.passwordChangeRequired');
    }
    await next();
  };
}
