import type { Context } from 'hono';
import type { AppEnv } from './env';

/**
 * The address browsers open Samsyn at, for the URLs an identity provider sends them back to: PUBLIC_URL
 * when set (behind a TLS-terminating proxy the request itself says http), else the Origin of our own
 * page's request (same-origin checked), else the request's own.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  const configured = c.var.services.oidc.publicUrl;
  if (configured) return configured;
  const own = new URL(c.req.url);
  const origin = c.req.header('origin');
  if (origin) {
    try {
      const url = new URL(origin);
      if (url.host === own.host && (url.protocol === 'https:' || url.protocol === 'http:')) return url.origin;
    } catch {
      // Not a URL: the request's own origin below.
    }
  }
  return own.origin;
}
