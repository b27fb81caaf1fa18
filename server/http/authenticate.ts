import type { MiddlewareHandler } from 'hono';
import { clearSessionCookie, GUEST_COOKIE, readSessionCookie, writeSessionCookie } from '../auth/cookie';
import { validateGuestToken } from '../auth/guest-sessions';
import { loadPrincipal } from '../auth/principal';
import type { ResolvedSession, SessionPrincipalCache } from '../auth/session-principal-cache';
import { validateSessionToken } from '../auth/sessions';
import type { Database } from '../db/database';
import type { AppEnv } from './env';

async function lookUp(database: Database, token: string, now: Date): Promise<ResolvedSession | null> {
  const validated = await validateSessionToken(database.db, token, now);
  const principal = validated && (await loadPrincipal(database.db, validated.session));
  return principal && { principal, renewed: validated.renewed };
}

/**
 * Resolves the session cookie to a principal for every request; renews the cookie when the session
 * slides. Without a member session, a guest cookie resolves to `guest` (one workshop's participant).
 * With `cache` (the live connections' upgrades), a burst of the same or many cookies is looked up
 * together and kept briefly; the API asks the database every time.
 */
export function authenticate(cache?: SessionPrincipalCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { database, clock, cookies } = c.var.services;
    const token = readSessionCookie(c);
    let principal = null;
    if (token) {
      const resolved = cache ? await cache.resolve(token) : await lookUp(database, token, clock());
      principal = resolved?.principal ?? null;
      if (!resolved) clearSessionCookie(c, cookies);
      else if (resolved.renewed) writeSessionCookie(c, token, resolved.principal.session.expiresAt, cookies);
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
