import * as Y from 'yjs';
import type { AppDb } from '../db/database';
import { appendUpdates, loadDocState } from './doc-store';
import { KeyedSerialQueue } from './keyed-serial-queue';
import type { RoomChange } from './room-kind';

export interface WriteOptions {
  /**
   * false: resolve once every connection has the change, without waiting for the database (it is
   * stored with the room's next batch). Default true: resolve once it is stored.
   */
  waitForStorage?: boolean;
  /** true: only when someone has the room open (a notice for live readers: nobody open, nothing to tell). */
  onlyIfOpen?: boolean;
}

/**
 * The one way the server changes a room (comments, control, notes, hidden cards, restore …) and reads
 * one. The sync server implements it on the live room, loading the room if nobody has it open;
 * without one (tests of the HTTP API, tools) `storedRoomWriter` works on the stored doc.
 */
export interface RoomWriter {
  /** Applies `change` as one update that every connection receives; by default resolves once it is stored. */
  applyToRoom(roomName: string, change: RoomChange, options?: WriteOptions): Promise<void>;
  /** Reads the room as it is now (what every connection has), changing and waiting for nothing. */
  readRoom<T>(roomName: string, read: (doc: Y.Doc) => T): Promise<T>;
  /**
   * Runs `write` with the room's state as everyone sees it; while it runs no update is applied; if it
   * succeeds every connection is read-only before the room thaws (a lock: the version is what they saw).
   */
  withFrozenRoom<T>(roomName: string, write: (state: Uint8Array) => Promise<T>): Promise<T>;
  /**
   * Runs `task` after every earlier task for the same key has settled, so a publication that reads the
   * database when its turn comes never leaves a room on an older state than the database.
   */
  serially<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/** The stored doc as the state: every write is stored when it resolves, so `waitForStorage` changes nothing here. */
export function storedRoomWriter(db: AppDb): RoomWriter {
  const turns = new KeyedSerialQueue();
  return {
    async applyToRoom(roomName, change, { onlyIfOpen = false } = {}) {
      // Without a sync server nobody has a room open.
      if (onlyIfOpen) return;
      const doc = await loadDocState(db, roomName);
      const changes: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => changes.push(update));
      Y.transact(doc, () => change(doc));
      await appendUpdates(db, roomName, changes);
      doc.destroy();
    },
    async readRoom(roomName, read) {
      const doc = await loadDocState(db, roomName);
      try {
        return read(doc);
      } finally {
        doc.destroy();
      }
    },
    async withFrozenRoom(roomName, write) {
      const doc = await loadDocState(db, roomName);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      return write(state);
    },
    serially: (key, task) => turns.run(key, task),
  };
}
