import { Hono } from 'hono';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { healthRoutes } from './health';

/** Everything under /api: each feature mounts its own small router here. */
export function apiRoutes(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.route('/', healthRoutes);
  api.all('*', (c) => apiError(c, 404, 'not_found', 'error.notFound'));
  return api;
}
