import { Hono } from 'hono';
import { getHealth } from '../../shared/api/health';
import { t } from '../../shared/i18n';
import type { AppEnv } from '../http/env';
import { respond } from '../http/respond';

/** Liveness for operators and load balancers: 200 only when the database answers. */
export const healthRoutes = new Hono<AppEnv>().get(getHealth.path, async (c) => {
  const { database, log, services } = c.var;
  // Without Redis this process still serves its own clients, so it stays in the load balancer; it says so.
  const redis = services.cluster && (services.cluster.connected ? 'connected' : 'unreachable');
  try {
    await database.ping();
    return respond(c, getHealth, 200, { ok: true, db: database.driver, ...(redis && { redis }) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn('health check failed: database did not answer', { reason });
    return respond(c, getHealth, 503, { ok: false, db: database.driver, reason, message: t('error.dbUnavailable') });
  }
});
