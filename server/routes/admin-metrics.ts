import { Hono } from 'hono';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation } from '../http/guards';

/** Live figures for operators: rooms, connections, updates/s, pending writes, p99 broadcast time. */
export const adminMetricsRoutes = new Hono<AppEnv>().get('/admin/metrics', (c) => {
  authorize(c, 'org.admin', ownOrganisation);
  return c.json({ sync: c.var.services.syncStats?.() ?? null, uptimeSeconds: Math.round(process.uptime()) });
});
