import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problemResponse, ApiProblem } from './errors';
import type { AppEnv } from './env';

/** The default cap on a request body: every JSON body the API takes is far smaller. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

function readable(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} kB`;
  return `${bytes} byte`;
}

/**
 * Refuses a body over `maxBytes` with 413 before it is read whole: a Content-Length over the limit is
 * refused unread, and a body without one (chunked) is counted as it streams in and cut off at the limit.
 */
export function limitBodies(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.var.log.warn('request body over the limit', { method: c.req.method, path: c.req.path, maxBytes });
      // The rest of an oversized upload is not worth reading: ask the client to close.
      c.header('Connection', 'close');
      return problemResponse(c, new ApiProblem(413, 'body_too_large', 'error.bodyTooLarge', { limit: readable(maxBytes) }));
    },
  });
}
