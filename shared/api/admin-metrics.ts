import { z } from 'zod';
import { route } from './contract';

const syncStats = z.object({
  rooms: z.number(),
  connections: z.number(),
  updatesPerSecond: z.number(),
  pendingWriteBytes: z.number(),
  p99BroadcastMs: z.number(),
  p99PersistLagMs: z.number(),
});

export const getMetrics = route({
  method: 'get',
  path: '/admin/metrics',
  summary: 'Live figures for operators: rooms, connections, updates/s, pending writes, p99 broadcast and storage lag (admins); `sync` is null without a sync server.',
  auth: 'member',
  responses: { 200: z.object({ sync: syncStats.nullable(), uptimeSeconds: z.number() }) },
});

export const adminMetricsContracts = { getMetrics };
