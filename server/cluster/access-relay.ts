import { z } from 'zod';
import type { AccessChange, AccessEvents } from '../events/access-events';
import type { Logger } from '../log/logger';
import type { ClusterBus } from '../sync/cluster';

const CHANNEL = 'samsyn:access';

const changeSchema: z.ZodType<AccessChange> = z.union([
  z.object({ kind: z.literal('user'), userId: z.string() }),
  z.object({ kind: z.literal('document'), documentId: z.string() }),
  z.object({ kind: z.literal('organisation'), organisationId: z.string() }),
  z.object({ kind: z.literal('workshop'), workshopId: z.string() }),
  z.object({ kind: z.literal('session'), sessionId: z.string() }),
]);
const envelope = z.object({ from: z.string(), change: changeSchema });

/**
 * Every change of rights announced in one process is announced in all (a role change, a logout, a
 * lock), so each re-checks its own open connections. While Redis is away a change reaches only this
 * process's connections; the others meet it at their next re-check (a connection's session expiry,
 * a room's reload), as before the cluster.
 */
export async function relayAccessEvents(events: AccessEvents, bus: ClusterBus, log: Logger): Promise<() => void> {
  const fromCluster = new WeakSet<AccessChange>();
  const stopListening = events.onChanged(async (change) => {
    if (fromCluster.has(change)) return;
    bus.publish(CHANNEL, new TextEncoder().encode(JSON.stringify({ from: bus.processId, change })));
  });
  const unsubscribe = await bus.subscribe(CHANNEL, (bytes) => {
    const parsed = envelope.safeParse(safeJson(new TextDecoder().decode(bytes)));
    if (!parsed.success) return log.warn('dropping a cluster access change no Samsyn process wrote');
    if (parsed.data.from === bus.processId) return;
    const change = parsed.data.change;
    fromCluster.add(change);
    void events.changed(change);
  });
  return () => {
    stopListening();
    unsubscribe();
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
