import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env';

/** The client's address: the socket's, or behind a trusted proxy the first X-Forwarded-For entry. */
export function clientIp(c: Context<AppEnv>): string {
  if (c.var.services.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-memory requests (app.request) have no socket
  }
}
