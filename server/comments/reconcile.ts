import { threadsMap } from '../../shared/comments/model';
import type { AppDb } from '../db/database';
import type { RoomChange } from '../sync/room-kind';
import { setThread } from './publish';
import { loadThreadViews } from './views';

/**
 * When a comments room loads, makes it say what the database says: every thread as stored, and no
 * thread the database does not have. This heals a crash between a route's commit and its room write.
 */
export async function commentsRoomHealing(db: AppDb, documentId: string): Promise<RoomChange> {
  const views = await loadThreadViews(db, { documentId });
  return (doc) => {
    const ids = new Set(views.map((view) => view.id));
    const threads = threadsMap(doc);
    for (const key of [...threads.keys()]) if (!ids.has(key)) threads.delete(key);
    for (const view of views) setThread(doc, view);
  };
}
