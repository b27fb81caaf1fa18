import type * as Y from 'yjs';
import { threadsMap, type ThreadView } from '../../shared/comments/model';
import { commentsRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import type { RoomWriter } from '../sync/room-writer';
import { loadThreadView } from './views';

/**
 * Writes a thread as the database now has it into its document's comments room, and returns it.
 * Publications for one document run one at a time and each reads the thread only when its turn comes,
 * so the room never ends on an older view than the database (two replies at once both show).
 */
export async function publishThread(db: AppDb, rooms: RoomWriter, documentId: string, threadId: string): Promise<ThreadView> {
  const room = commentsRoom(documentId);
  return rooms.serially(room, async () => {
    const view = await loadThreadView(db, threadId);
    await rooms.applyToRoom(room, (doc) => setThread(doc, view));
    return view;
  });
}

/** Sets one thread in the room unless it is there already, exactly so (no empty update). */
export function setThread(doc: Y.Doc, view: ThreadView): void {
  const threads = threadsMap(doc);
  if (JSON.stringify(threads.get(view.id)) !== JSON.stringify(view)) threads.set(view.id, view);
}
