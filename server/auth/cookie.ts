import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'samsyn_session';
/** A guest's session for one workshop: a cookie of its own, so it never stands in for a member's. */
export const GUEST_COOKIE = 'samsyn_guest';

export interface CookiePolicy {
  /** Send `Secure` even on plain http (production is always behind TLS). */
  alwaysSecure: boolean;
}

function isSecure(c: Context, policy: CookiePolicy): boolean {
  return policy.alwaysSecure || new URL(c.req.url).protocol === 'https:';
}

export function readSessionCookie(c: Context, name = SESSION_COOKIE): string | undefined {
  return getCookie(c, name);
}

/** Browsers keep a cookie at most 400 days (RFC 6265bis), and hono refuses to write a longer one. */
const MAX_COOKIE_LIFETIME_MS = 400 * 24 * 60 * 60 * 1000;

export function writeSessionCookie(c: Context, token: string, expiresAt: Date, policy: CookiePolicy, name = SESSION_COOKIE): void {
  // A session that outlives that (a guest of a workshop dated far ahead) keeps its cookie as long as a browser can.
  const latest = Date.now() + MAX_COOKIE_LIFETIME_MS - 60_000;
  setCookie(c, name, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isSecure(c, policy),
    expires: expiresAt.getTime() > latest ? new Date(latest) : expiresAt,
  });
}

export function clearSessionCookie(c: Context, policy: CookiePolicy, name = SESSION_COOKIE): void {
  deleteCookie(c, name, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isSecure(c, policy) });
}
