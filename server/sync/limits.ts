import type { Rate } from './token-bucket';

/** Limits of the sync server; each is a setting so tests and large installs can change it. */
export interface SyncLimits {
  /** Largest accepted frame; bigger ones close the connection with 1009. */
  maxFrameBytes: number;
  maxConnectionsPerRoom: number;
  maxConnectionsPerUser: number;
  /** A connection whose unsent data passes this is a slow consumer and is closed. */
  maxBufferedBytes: number;
  pingIntervalMs: number;
  /** How long updates gather before one INSERT. */
  persistBatchMs: number;
  /** Stored rows after which a room compacts at its next quiet moment (compaction stalls the event loop on PGlite). */
  compactAfterRows: number;
  /** How long without updates counts as quiet. */
  compactQuietMs: number;
  /** Stored rows after which a room compacts even while busy, so the row count stays bounded. */
  compactMaxRows: number;
  /** Updates held in memory while the database does not answer; past this, writes are refused. */
  maxPendingBytes: number;
  /** After edits, this long without any records an automatic revision. */
  revisionIdleMs: number;
  retryInitialMs: number;
  retryMaxMs: number;
  /** An open connection compares its session's expiry with the clock at least this often (setTimeout does not follow a wall clock that jumps). */
  sessionCheckMs: number;
  /**
   * Bytes of updates a room holds back because what they build on has not arrived, summed over its
   * connections; the connection whose update passes it is closed (4409) and what it held is dropped.
   */
  maxPendingStructBytes: number;
  /** Every frame a connection sends, per frame and per byte: past it the socket is read more slowly, then closed (4429). */
  inboundFrames: Rate;
  inboundBytes: Rate;
  /** One awareness message, and one client's state in it (JSON); bigger ones are dropped. */
  maxAwarenessUpdateBytes: number;
  maxAwarenessStateBytes: number;
  /** Awareness client ids one connection may speak for (a tab uses one). */
  maxAwarenessClientsPerConnection: number;
  /** Awareness messages and bytes per connection; over it they are dropped. */
  awarenessMessages: Rate;
  awarenessBytes: Rate;
  /** Dropped awareness messages a connection may cause before it is closed (4429) for flooding. */
  awarenessDrops: Rate;
  /** A room frozen for another process's lock thaws by itself after this long if that process never says the lock is over. */
  peerFreezeMaxMs: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxFrameBytes: 2 * 1024 * 1024,
  maxConnectionsPerRoom: 500,
  maxConnectionsPerUser: 20,
  maxBufferedBytes: 8 * 1024 * 1024,
  pingIntervalMs: 30_000,
  persistBatchMs: 100,
  compactAfterRows: 200,
  compactQuietMs: 1_000,
  compactMaxRows: 1_000,
  maxPendingBytes: 64 * 1024 * 1024,
  revisionIdleMs: 10 * 60 * 1000,
  retryInitialMs: 100,
  retryMaxMs: 5_000,
  sessionCheckMs: 60 * 60 * 1000,
  maxPendingStructBytes: 256 * 1024,
  // Far above a typist (a keystroke and a cursor move each, ~10/s) and the benchmarks (20 updates/s).
  inboundFrames: { perSecond: 200, burst: 1_000 },
  inboundBytes: { perSecond: 1024 * 1024, burst: 4 * 1024 * 1024 },
  maxAwarenessUpdateBytes: 16 * 1024,
  maxAwarenessStateBytes: 4 * 1024,
  maxAwarenessClientsPerConnection: 4,
  // A cursor dragged across text moves ~60 times a second; a state with a caret is ~300 bytes.
  awarenessMessages: { perSecond: 60, burst: 120 },
  awarenessBytes: { perSecond: 32 * 1024, burst: 64 * 1024 },
  awarenessDrops: { perSecond: 20, burst: 200 },
  peerFreezeMaxMs: 30_000,
};
