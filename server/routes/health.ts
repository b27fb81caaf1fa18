import { Hono } from 'hono';
import { t } from '../../shared/i18n';
import type { AppEnv } from '../http/env';

/** Liveness for operators and load balancers: 200 only when the database answers. */
export const healthRoutes = new Hono<AppEnv>().get('/health', async (c) => {
  const { database, log } = c.var;
  try {
    await database.ping();
    return c.json({ ok: true, db: database.driver });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn('health check failed: database did not answer', { reason });
    return c.json({ ok: false, db: database.driver, reason, message: t('error.dbUnavailable') }, 503);
  }
});
