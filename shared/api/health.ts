import { z } from 'zod';
import { route } from './contract';

const driver = z.enum(['pglite', 'postgres']);

const healthy = z.object({ ok: z.literal(true), db: driver, redis: z.enum(['connected', 'unreachable']).optional() });
const unhealthy = z.object({ ok: z.literal(false), db: driver, reason: z.string(), message: z.string() });
export type Health = z.infer<typeof healthy> | z.infer<typeof unhealthy>;

export const getHealth = route({
  method: 'get',
  path: '/health',
  summary: 'Liveness: 200 only when the database answers (for load balancers and operators); with several processes, whether Redis is reachable.',
  auth: 'none',
  responses: { 200: healthy, 503: unhealthy },
});

export const healthContracts = { getHealth };
