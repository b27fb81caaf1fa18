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
  /** Stored rows after which a room compacts. */
  compactAfterRows: number;
  /** Updates held in memory while the database does not answer; past this, writes are refused. */
  maxPendingBytes: number;
  retryInitialMs: number;
  retryMaxMs: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxFrameBytes: 2 * 1024 * 1024,
  maxConnectionsPerRoom: 500,
  maxConnectionsPerUser: 20,
  maxBufferedBytes: 8 * 1024 * 1024,
  pingIntervalMs: 30_000,
  persistBatchMs: 75,
  compactAfterRows: 200,
  maxPendingBytes: 64 * 1024 * 1024,
  retryInitialMs: 100,
  retryMaxMs: 5_000,
};
