import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { AppDb } from '../db/database';
import { docSnapshots, docUpdates } from '../db/schema';

/** What is stored for one doc: a compacted snapshot (if any) and the updates appended after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Rows in doc_updates after the snapshot (drives compaction). */
  pendingRows: number;
}

// Load and compaction of one doc take the same advisory lock, so a load never sees a snapshot from
// before a compaction together with the updates left after it (which would lose the ones in between).
const lockDoc = (docId: string) => sql`select pg_advisory_xact_lock(hashtextextended(${docId}, 7240113))`;

export async function loadDoc(db: AppDb, docId: string): Promise<StoredDoc> {
  return db.transaction(async (tx) => {
    await tx.execute(lockDoc(docId));
    const [snapshot] = await tx.select().from(docSnapshots).where(eq(docSnapshots.docId, docId));
    const after = snapshot?.lastUpdateId ?? 0;
    const rows = await tx
      .select({ update: docUpdates.update })
      .from(docUpdates)
      .where(and(eq(docUpdates.docId, docId), gt(docUpdates.id, after)))
      .orderBy(asc(docUpdates.id));
    return { snapshot: snapshot?.state ?? null, updates: rows.map((row) => row.update), pendingRows: rows.length };
  });
}

/** Applies what is stored for a doc to `doc`, in one transaction with `origin`: the one way snapshot and updates become a Y.Doc. */
export function applyStored(doc: Y.Doc, stored: Pick<StoredDoc, 'snapshot' | 'updates'>, origin?: unknown): Y.Doc {
  Y.transact(
    doc,
    () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    },
    origin,
  );
  return doc;
}

/** The doc as stored (snapshot and the updates after it), as a new Y.Doc. */
export async function loadDocState(db: AppDb, docId: string): Promise<Y.Doc> {
  return applyStored(new Y.Doc(), await loadDoc(db, docId));
}

/** Appends a batch of updates for one doc in one INSERT. */
export async function appendUpdates(db: AppDb, docId: string, updates: Uint8Array[]): Promise<void> {
  if (updates.length === 0) return;
  await db.insert(docUpdates).values(updates.map((update) => ({ docId, update })));
}

/**
 * Merges the snapshot and all appended updates into one garbage-collected state, stores it as the new
 * snapshot and deletes the rows it covers — in one transaction, under the doc's advisory lock.
 */
export async function compactDoc(db: AppDb, docId: string): Promise<{ mergedRows: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(lockDoc(docId));
    const [snapshot] = await tx.select().from(docSnapshots).where(eq(docSnapshots.docId, docId));
    const after = snapshot?.lastUpdateId ?? 0;
    const rows = await tx
      .select({ id: docUpdates.id, update: docUpdates.update })
      .from(docUpdates)
      .where(and(eq(docUpdates.docId, docId), gt(docUpdates.id, after)))
      .orderBy(asc(docUpdates.id));
    if (rows.length === 0) return { mergedRows: 0 };

    const doc = applyStored(new Y.Doc({ gc: true }), { snapshot: snapshot?.state ?? null, updates: rows.map((row) => row.update) });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const lastUpdateId = rows[rows.length - 1]!.id;

    await tx
      .insert(docSnapshots)
      .values({ docId, state, lastUpdateId })
      .onConflictDoUpdate({ target: docSnapshots.docId, set: { state, lastUpdateId, updatedAt: sql`now()` } });
    await tx.delete(docUpdates).where(and(eq(docUpdates.docId, docId), lte(docUpdates.id, lastUpdateId)));
    return { mergedRows: rows.length };
  });
}
