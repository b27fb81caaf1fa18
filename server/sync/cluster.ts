/**
 * What the sync server needs from the other Samsyn processes on the same database (server/cluster/
 * implements it on Redis). Without one, a process serves its rooms alone, as it always has.
 * Messages are fire-and-forget: while the bus is down they are dropped, and each room catches up by
 * a sync handshake with the other processes once the bus is back (`onReconnect`).
 */
export interface ClusterBus {
  /** This process's id, unique in the cluster for its lifetime. */
  readonly processId: string;
  /** Whether the bus is reachable now (for the health endpoint). */
  readonly connected: boolean;
  /** Resolves once messages published to `channel` from now on reach `listener`. */
  subscribe(channel: string, listener: (message: Uint8Array) => void): Promise<() => void>;
  publish(channel: string, message: Uint8Array): void;
  /** Announces that this process holds `room` in memory (a lock asks those processes to freeze it). */
  hold(room: string, held: boolean): void;
  /** The live processes other than this one that hold `room`; null when the bus cannot tell. */
  holders(room: string): Promise<string[] | null>;
  /** Whether a process is alive: true, false once its heartbeat has expired, null when the bus cannot tell. */
  isAlive(processId: string): Promise<boolean | null>;
  /** Claims `key` for `ttlMs` if nobody holds it: one process wins (adopting a dead process's edits). */
  tryClaim(key: string, ttlMs: number): Promise<boolean>;
  /** Runs `task` while holding `key` across the cluster (one at a time per key in every process). */
  withLock<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Called each time the bus is reachable again after it was not (and subscriptions are back). */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

/** The channel of one room: every process that holds the room listens to it. */
export const roomChannel = (room: string) => `samsyn:room:${room}`;

/** The cluster could not agree on something that must hold in every process (a lock): nothing was changed. */
export class ClusterUnavailableError extends Error {
  constructor(reason: string) {
    super(`cluster unavailable: ${reason}`);
    this.name = 'ClusterUnavailableError';
  }
}
