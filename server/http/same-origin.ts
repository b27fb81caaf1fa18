import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { ApiProblem } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True when a browser request comes from a page of ours (or from no browser page at all).
 * `ownHost` is the host the request was sent to (the Host header, as in the request URL).
 */
export function isSameOrigin(headers: { get(name: string): string | null | undefined }, ownHost: string): boolean {
  const origin = headers.get('origin');
  if (origin) {
    // Compare hosts, not schemes: behind a TLS-terminating proxy we see http while the page is https.
    try {
      return new URL(origin).host === ownHost;
    } catch {
      return false;
    }
  }
  const site = headers.get('sec-fetch-site');
  return !site || site === 'same-origin' || site === 'none';
}

/**
 * CSRF defence: state-changing requests whose Origin (or Sec-Fetch-Site) is not ours are refused.
 * Requests without either header come from programs, not browsers, and cannot carry a victim's cookie.
 */
export function sameOriginForWrites(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method) && !isSameOrigin(c.req.raw.headers, new URL(c.req.url).host)) {
      c.var.log.warn('refused cross-origin request', { method: c.req.method, path: c.req.path, origin: c.req.header('origin') });
      throw new ApiProblem(403, 'cross_origin', 'error.crossOrigin');
    }
    await next();
  };
}
