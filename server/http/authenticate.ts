import type { MiddlewareHandler } from 'hono';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../auth/cookie';
import { loadPrincipal } from '../auth/principal';
import { validateSessionToken } from '../auth/sessions';
import type { AppEnv } from './env';

/** Resolves the session cookie to a principal for every request; renews the cookie when the session slides. */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { database, clock, cookies } = c.var.services;
    const token = readSessionCookie(c);
    let principal = null;
    if (token) {
      const validated = await validateSessionToken(database.db, token, clock());
      principal = validated ? await loadPrincipal(database.db, validated.session) : null;
      if (!principal) clearSessionCookie(c, cookies);
      else if (validated?.renewed) writeSessionCookie(c, token, validated.session.expiresAt, cookies);
    }
    c.set('principal', principal);
    await next();
  };
}
