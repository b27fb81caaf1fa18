import type * as Y from 'yjs';
import type { Logger } from '../log/logger';

interface Pending {
  doc: Y.Doc;
  timer: NodeJS.Timeout;
  /** When the first change not yet read arrived: a document edited without pause is still read every `maxWaitMs`. */
  since: number;
}

/**
 * Keeps the goal register within about a second of the live documents: after stored edits it reads a
 * document once they pause for `quietMs`, or every `maxWaitMs` while they go on, one reading per
 * document at a time.
 */
export class GoalRegisterFollower {
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Map<string, Promise<void>>();
  /** Documents that hold no goals (an omvärldsanalys): their edits are never read. A document's type never changes. */
  private readonly withoutGoals = new Set<string>();

  constructor(
    private readonly refresh: (documentId: string, doc: Y.Doc) => Promise<'read' | 'no goals'>,
    private readonly log: Logger,
    private readonly quietMs = 200,
    private readonly maxWaitMs = 800,
  ) {}

  changed(documentId: string, doc: Y.Doc): void {
    if (this.withoutGoals.has(documentId)) return;
    const now = performance.now();
    const pending = this.pending.get(documentId);
    if (pending) clearTimeout(pending.timer);
    const since = pending?.since ?? now;
    const delay = Math.max(0, Math.min(this.quietMs, since + this.maxWaitMs - now));
    this.pending.set(documentId, { doc, since, timer: setTimeout(() => void this.read(documentId), delay) });
  }

  private async read(documentId: string): Promise<void> {
    const previous = this.running.get(documentId);
    if (previous) await previous;
    const pending = this.pending.get(documentId);
    if (!pending) return;
    this.pending.delete(documentId);
    clearTimeout(pending.timer);
    const run = this.refresh(documentId, pending.doc)
      .then((result) => {
        if (result === 'no goals') this.withoutGoals.add(documentId);
      })
      .catch((error: unknown) => this.log.warn('updating the goal register from a live document failed; the next edit or a restart reads it again', { documentId, error }))
      .finally(() => {
        if (this.running.get(documentId) === run) this.running.delete(documentId);
      });
    this.running.set(documentId, run);
    await run;
  }

  /** Reads every document with changes not yet read, now (shutdown, tests). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((documentId) => this.read(documentId)));
    await Promise.all(this.running.values());
  }
}
