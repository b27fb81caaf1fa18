import type { MiddlewareHandler } from 'hono';
import { clearSessionCookie, GUEST_COOKIE, readSessionCookie, writeSessionCookie } from '../auth/cookie';
import { validateGuestToken } from '../auth/guest-sessions';
import { loadPrincipal } from '../auth/principal';
import { validateSessionToken } from '../auth/sessions';
import type { AppEnv } from './env';

/**
 * Resolves the session cookie to a principal for every request; renews the cookie when the session
 * slides. Without a member session, a guest cookie resolves to `guest` (one workshop's participant).
 */
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
    const guestToken = principal ? undefined : readSessionCookie(c, GUEST_COOKIE);
    if (guestToken) {
      const guest = await validateGuestToken(database.db, guestToken, clock());
      if (!guest) clearSessionCookie(c, cookies, GUEST_COOKIE);
      c.set('guest', guest);
    }
    await next();
  };
}
