import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { argon2Hasher } from './auth/passwords';
import { SessionPrincipalCache } from './auth/session-principal-cache';
import type { Database } from './db/database';
import { DomainError } from './domain/domain-error';
import { isDatabaseUnavailable, isUniqueViolation, sqlFailureOf } from './db/sql-errors';
import { authenticate } from './http/authenticate';
import { DEFAULT_MAX_BODY_BYTES, limitBodies } from './http/body-limit';
import { clientApp } from './http/client-app';
import { problemOf } from './http/domain-status';
import { apiError, ApiProblem, problemResponse } from './http/errors';
import type { AppEnv, Services } from './http/env';
import { requestLog } from './http/request-log';
import { requireOwnPassword } from './http/own-password';
import { sameOriginForWrites } from './http/same-origin';
import { AccessEvents } from './events/access-events';
import type { Logger } from './log/logger';
import { clientDistDir } from './config/paths';
import { OidcClients } from './oidc/oidc-clients';
import { apiRoutes } from './routes/api';
import { ClusterUnavailableError } from './sync/cluster';
import { storedRoomWriter } from './sync/room-writer';
import type { SyncServer } from './sync/sync-server';
import { yjsRoute } from './http/yjs-route';

export interface AppDeps extends Partial<Omit<Services, 'database' | 'log' | 'syncStats' | 'rooms'>> {
  database: Database;
  log: Logger;
  clientDir?: string;
  /** The sync server behind /yjs (absent in tests of the HTTP API alone). */
  sync?: SyncServer;
  /** The largest request body the API reads (default 1 MB). */
  maxBodyBytes?: number;
}

function servicesFrom(deps: AppDeps): Services {
  return {
    database: deps.database,
    log: deps.log,
    clock: deps.clock ?? (() => new Date()),
    passwords: deps.passwords ?? argon2Hasher,
    cookies: deps.cookies ?? { alwaysSecure: false },
    trustProxy: deps.trustProxy ?? false,
    events: deps.events ?? new AccessEvents(),
    oidc: deps.oidc ?? { secretKey: undefined, publicUrl: undefined, environment: undefined },
    oidcClients: deps.oidcClients ?? new OidcClients(),
    syncStats: deps.sync && (() => deps.sync!.stats()),
    rooms: deps.sync ?? storedRoomWriter(deps.database.db),
    cluster: deps.cluster,
  };
}

/** The whole HTTP surface: /api (JSON, session cookie), and the built client for every other path. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const services = servicesFrom(deps);
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('services', services);
    c.set('database', services.database);
    c.set('log', services.log);
    c.set('principal', null);
    c.set('guest', null);
    await next();
  });
  app.use('*', requestLog());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Editors set caret colours and positions inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', limitBodies(deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  app.use('/api/*', sameOriginForWrites());
  app.use('/api/*', authenticate());
  app.use('/yjs/*', authenticate(new SessionPrincipalCache(services.database.db, services.events, services.clock)));
  app.use('/api/*', requireOwnPassword());
  app.use('/yjs/*', requireOwnPassword());
  app.route('/api', apiRoutes());
  if (deps.sync) app.get('/yjs/:room', yjsRoute(deps.sync));
  app.route('/', clientApp(deps.clientDir ?? clientDistDir));
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error);
    if (error instanceof DomainError) return problemResponse(c, problemOf(error));
    // A unique index refused what a user sent (a race the command's own check could not see): a conflict, not a fault.
    if (isUniqueViolation(error)) {
      services.log.warn('unique constraint refused a request', { method: c.req.method, path: c.req.path, constraint: sqlFailureOf(error)?.constraint });
      return apiError(c, 409, 'conflict', 'error.conflict');
    }
    // A lock that could not stop every process's writers was not made: nothing changed, try again.
    if (error instanceof ClusterUnavailableError) {
      services.log.warn('the cluster could not agree on a request', { method: c.req.method, path: c.req.path, reason: error.message });
      c.header('Retry-After', '5');
      return apiError(c, 503, 'cluster_unavailable', 'error.clusterUnavailable');
    }
    // An outage is not a bug: say so (503, try again) and keep the error log for real faults.
    if (isDatabaseUnavailable(error)) {
      services.log.warn('database unavailable for a request', { method: c.req.method, path: c.req.path, reason: error.message });
      c.header('Retry-After', '5');
      return apiError(c, 503, 'database_unavailable', 'error.dbUnavailable');
    }
    services.log.error('unhandled error', { method: c.req.method, path: c.req.path, error });
    return apiError(c, 500, 'internal', 'error.internal');
  });
  return app;
}
