import { Hono } from 'hono';
import { getMetrics } from '../../shared/api/admin-metrics';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation } from '../http/guards';
import { respond } from '../http/respond';

/** Live figures for operators: rooms, connections, updates/s, pending writes, p99 broadcast time. */
export const adminMetricsRoutes = new Hono<AppEnv>().get(getMetrics.path, (c) => {
  authorize(c, 'org.admin', ownOrganisation);
  return respond(c, getMetrics, 200, { sync: c.var.services.syncStats?.() ?? null, uptimeSeconds: Math.round(process.uptime()) });
});
