import { eq } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';
import type { Logger } from '../log/logger';

/**
 * "Last edited, and by whom" for the document list: written once edits are stored, at most once per
 * document every `intervalMs`, so typing never turns into a stream of UPDATEs.
 */
export class DocumentActivity {
  private readonly pending = new Map<string, { userId: string; at: Date }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: AppDb,
    private readonly log: Logger,
    private readonly intervalMs = 5_000,
  ) {}

  /** Documents only (the document room kind): workshop rooms never record who wrote there (anonymous activities). */
  record(documentId: string, userId: string): void {
    this.pending.set(documentId, { userId, at: new Date() });
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const entries = [...this.pending];
    this.pending.clear();
    for (const [documentId, { userId, at }] of entries) {
      try {
        await this.db.update(documents).set({ lastEditedBy: userId, lastEditedAt: at }).where(eq(documents.id, documentId));
      } catch (error) {
        this.log.warn('recording who last edited a document failed', { documentId, error });
      }
    }
  }
}
