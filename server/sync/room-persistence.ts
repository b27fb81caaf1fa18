import * as Y from 'yjs';
import type { AppDb } from '../db/database';
import type { Logger } from '../log/logger';
import { appendUpdates, compactDoc } from './doc-store';
import type { SyncLimits } from './limits';

export interface PersistenceEvents {
  /**
   * Everything up to `stateVector` is now in the database; the oldest of it arrived `lagMs` ago, and
   * the room's own updates are stored up to number `throughSeq` (0: none numbered).
   */
  persisted(stateVector: Uint8Array, lagMs: number, throughSeq: number): void;
}

/** An update waiting to be stored, with the number the room gave it (0: an adopted or unnumbered one). */
interface PendingUpdate {
  update: Uint8Array;
  seq: number;
}

/**
 * One room's write queue: updates gather for `persistBatchMs`, then go to the database as one merged
 * row in one INSERT. Writes for a room never overlap. A failed write is retried with backoff, keeping
 * the updates (up to `maxPendingBytes`); nothing here waits on the live path of an edit.
 */
export class RoomPersistence {
  private pending: PendingUpdate[] = [];
  private pendingBytes = 0;
  /** When the oldest pending update arrived. */
  private pendingSince = 0;
  private timer: NodeJS.Timeout | undefined;
  private compactTimer: NodeJS.Timeout | undefined;
  private lastEnqueueAt = 0;
  private running: Promise<void> | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly docId: string,
    private readonly doc: Y.Doc,
    private readonly db: AppDb,
    private readonly log: Logger,
    private readonly limits: SyncLimits,
    private readonly events: PersistenceEvents,
    /** Rows already stored after the last snapshot (from the load). */
    private storedRows: number,
  ) {}

  get pendingUpdateBytes(): number {
    return this.pendingBytes;
  }

  /** False when the buffer is full because the database has not answered: the caller must refuse the write. */
  canAccept(bytes: number): boolean {
    return this.pendingBytes + bytes <= this.limits.maxPendingBytes;
  }

  enqueue(update: Uint8Array, seq = 0): void {
    this.lastEnqueueAt = performance.now();
    if (this.pending.length === 0) this.pendingSince = this.lastEnqueueAt;
    this.pending.push({ update, seq });
    this.pendingBytes += update.byteLength;
    this.schedule(this.limits.persistBatchMs);
  }

  /** The numbered updates not stored yet (what another process would have to store if this one died). */
  unstored(): PendingUpdate[] {
    return this.pending.filter((entry) => entry.seq > 0);
  }

  /** Writes everything pending now and waits for it (unload, shutdown). Retries until stored or stopped. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.pending.length > 0 || this.running) {
      await (this.running ?? this.run());
      if (this.pending.length > 0 && this.failures > 0) await delay(this.backoffMs());
      if (this.stopped) return;
    }
  }

  /** Flushes, then merges all stored rows into one snapshot. */
  async flushAndCompact(): Promise<void> {
    await this.flush();
    if (this.storedRows > 0) await this.compact();
  }

  /** Stops retrying (server shutdown after the final flush attempt). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.compactTimer);
  }

  private schedule(ms: number): void {
    if (this.timer || this.running || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private backoffMs(): number {
    return Math.min(this.limits.retryMaxMs, this.limits.retryInitialMs * 2 ** Math.max(0, this.failures - 1));
  }

  private run(): Promise<void> {
    this.running ??= this.write().finally(() => {
      this.running = undefined;
      if (this.pending.length > 0) this.schedule(this.failures > 0 ? this.backoffMs() : this.limits.persistBatchMs);
    });
    return this.running;
  }

  private async write(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    const bytes = this.pendingBytes;
    const since = this.pendingSince;
    // Every update applied so far is in this batch, so once it is stored, so is this state vector.
    const stateVector = Y.encodeStateVector(this.doc);
    this.pending = [];
    this.pendingBytes = 0;
    const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((entry) => entry.update));
    const throughSeq = batch.reduce((highest, entry) => Math.max(highest, entry.seq), 0);
    try {
      await appendUpdates(this.db, this.docId, [merged]);
    } catch (error) {
      this.failures += 1;
      // Put the batch back in front: order does not matter to Yjs, but completeness does.
      this.pending = [{ update: merged, seq: throughSeq }, ...this.pending];
      this.pendingBytes += bytes;
      this.pendingSince = since;
      this.log.error('storing sync updates failed; will retry', {
        room: this.docId,
        attempt: this.failures,
        pendingBytes: this.pendingBytes,
        retryInMs: this.backoffMs(),
        error,
      });
      return;
    }
    if (this.failures > 0) this.log.info('storing sync updates works again', { room: this.docId, after: this.failures });
    this.failures = 0;
    this.storedRows += 1;
    this.events.persisted(stateVector, performance.now() - since, throughSeq);
    if (this.storedRows >= this.limits.compactMaxRows) await this.compact();
    else if (this.storedRows >= this.limits.compactAfterRows) this.compactWhenQuiet();
  }

  private compactWhenQuiet(): void {
    if (this.compactTimer || this.stopped) return;
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined;
      const quietFor = performance.now() - this.lastEnqueueAt;
      if (this.running || this.pending.length > 0 || quietFor < this.limits.compactQuietMs) {
        this.compactWhenQuiet();
        return;
      }
      this.running = this.compact().finally(() => {
        this.running = undefined;
      });
    }, this.limits.compactQuietMs);
  }

  private async compact(): Promise<void> {
    try {
      await compactDoc(this.db, this.docId);
      this.storedRows = 0;
    } catch (error) {
      // Nothing is lost: the rows stay and the next compaction merges them.
      this.log.warn('compaction failed; rows kept', { room: this.docId, error });
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
