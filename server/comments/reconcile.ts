import type * as Y from 'yjs';
import { threadsMap } from '../../shared/comments/model';
import { parseRoomName } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import type { RoomLoadHook } from '../sync/room-writer';
import { setThread } from './publish';
import { loadThreadViews } from './views';

/**
 * When a comments room loads, makes it say what the database says: every thread as stored, and no
 * thread the database does not have. This heals a crash between a route's commit and its room write.
 */
export function reconcileCommentsRoom(db: AppDb): RoomLoadHook {
  return async (roomName) => {
    const room = parseRoomName(roomName);
    if (room?.kind !== 'comments') return null;
    const views = await loadThreadViews(db, { documentId: room.documentId });
    return (doc: Y.Doc) => {
      const ids = new Set(views.map((view) => view.id));
      const threads = threadsMap(doc);
      for (const key of [...threads.keys()]) if (!ids.has(key)) threads.delete(key);
      for (const view of views) setThread(doc, view);
    };
  };
}
