import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import { appendUpdates, loadDoc } from '../sync/doc-store';

/**
 * Where a lock reads a document's current state. The sync server implements it with the live room
 * frozen (no edit applied while the version is written); without one, the stored state is the state.
 */
export interface DocumentStateSource {
  /** Runs `write` with the state everyone sees; while it runs no edit is applied; afterwards the room is read-only if `write` succeeded. */
  withFrozenState<T>(documentId: string, write: (state: Uint8Array) => Promise<T>): Promise<T>;
  /** Applies a change to the document as a new update that every client receives and that is stored. */
  applyChange(documentId: string, change: (doc: Y.Doc) => void): Promise<void>;
}

export function storedStateSource(db: AppDb): DocumentStateSource {
  return {
    async withFrozenState(documentId, write) {
      const stored = await loadDoc(db, documentRoom(documentId));
      const updates = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
      return write(updates.length === 0 ? Y.encodeStateAsUpdate(new Y.Doc()) : Y.mergeUpdates(updates));
    },
    async applyChange(documentId, change) {
      const stored = await loadDoc(db, documentRoom(documentId));
      const doc = new Y.Doc();
      for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(doc, update);
      const changes: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => changes.push(update));
      change(doc);
      await appendUpdates(db, documentRoom(documentId), changes);
      doc.destroy();
    },
  };
}
