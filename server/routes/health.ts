import { Hono } from 'hono';
import { getHealth } from '../../shared/api/health';
import { t } from '../../shared/i18n';
import type { AppEnv } from '../http/env';
import { respond } from '../http/respond';

/** Liveness for operators and load balancers: 200 only when the database answers. */
export const healthRoutes = new Hono<AppEnv>().get(getHealth.path, async (c) => {
  const { database, log } = c.var;
  try {
    await database.ping();
    return respond(c, getHealth, 200, { ok: true, db: database.driver });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn('health check failed: database did not answer', { reason });
    return respond(c, getHealth, 503, { ok: false, db: database.driver, reason, message: t('error.dbUnavailable') });
  }
});
