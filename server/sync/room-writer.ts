import * as Y from 'yjs';
import type { AppDb } from '../db/database';
import { appendUpdates, loadDoc } from './doc-store';

/**
 * How the server itself changes a room's Y.Doc (rooms that clients may only read, such as a
 * document's comments room). The sync server implements it on the live room, loading the room if
 * nobody has it open; without one, the change is appended to the stored doc.
 */
export interface RoomWriter {
  /** Applies `change` as one update that every connection receives; resolves once it is stored. */
  applyToRoom(roomName: string, change: (doc: Y.Doc) => void): Promise<void>;
  /** Reads the room as it is now (what every connection has), changing and waiting for nothing. */
  readRoom<T>(roomName: string, read: (doc: Y.Doc) => T): Promise<T>;
}

/**
 * Decides, when a room loads, whether the server must change it before anyone is answered (e.g. heal
 * a comments room from the database). Returns the change to apply, or null for none.
 */
export type RoomLoadHook = (roomName: string) => Promise<((doc: Y.Doc) => void) | null>;

async function storedDoc(db: AppDb, roomName: string): Promise<Y.Doc> {
  const stored = await loadDoc(db, roomName);
  const doc = new Y.Doc();
  for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** The stored doc as the state: for the HTTP API running without a sync server (tests, tools). */
export function storedRoomWriter(db: AppDb): RoomWriter {
  return {
    async applyToRoom(roomName, change) {
      const doc = await storedDoc(db, roomName);
      const changes: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => changes.push(update));
      change(doc);
      await appendUpdates(db, roomName, changes);
      doc.destroy();
    },
    async readRoom(roomName, read) {
      const doc = await storedDoc(db, roomName);
      try {
        return read(doc);
      } finally {
        doc.destroy();
      }
    },
  };
}
