import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';

/** One log line per request, written when the response is ready. */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    c.var.log.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, durationMs });
  };
}
