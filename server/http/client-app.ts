import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { apiError } from './errors';
import type { AppEnv } from './env';

/**
 * Serves the built React app: files as they are, and index.html for every other page path so the
 * client router can take over (SPA fallback). Hashed assets are cached for good; index.html never.
 */
export function clientApp(clientDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const indexFile = path.join(clientDir, 'index.html');
  let indexHtml: string | undefined;

  app.use(
    '*',
    serveStatic({
      root: clientDir,
      onFound: (filePath, c) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.get('*', (c) => {
    if (!existsSync(indexFile)) return apiError(c, 503, 'client_not_built', 'error.clientNotBuilt');
    indexHtml ??= readFileSync(indexFile, 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
