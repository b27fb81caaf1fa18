import { Hono } from 'hono';
import type { Database } from './db/database';
import { clientApp } from './http/client-app';
import { apiError } from './http/errors';
import type { AppEnv } from './http/env';
import { requestLog } from './http/request-log';
import type { Logger } from './log';
import { clientDistDir } from './paths';
import { apiRoutes } from './routes/api';

export interface AppDeps {
  database: Database;
  log: Logger;
  clientDir?: string;
}

/** The whole HTTP surface: /api (JSON), and the built client for every other path. */
export function createApp({ database, log, clientDir = clientDistDir }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('database', database);
    c.set('log', log);
    await next();
  });
  app.use('*', requestLog());
  app.route('/api', apiRoutes());
  app.route('/', clientApp(clientDir));
  app.onError((error, c) => {
    log.error('unhandled error', { method: c.req.method, path: c.req.path, error });
    return apiError(c, 500, 'internal', 'error.internal');
  });
  return app;
}
