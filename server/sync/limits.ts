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
};
