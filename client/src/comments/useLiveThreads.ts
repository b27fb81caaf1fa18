import { useEffect } from 'react';
import { readThreads, threadsMap } from '../../../shared/comments/model';
import { commentsRoom } from '../../../shared/sync/rooms';
import { fetchThreads } from '../api/comments';
import { useCollabRoom } from '../editor/useCollabRoom';
import type { CommentsController } from './comments-controller';

/**
 * Feeds the controller the document's threads: once over HTTP, then live from the read-only comments
 * room (`doc:<id>:comments`), which the server alone writes. The client never changes that Y.Doc.
 */
export function useLiveThreads(documentId: string, controller: CommentsController): void {
  const { room } = useCollabRoom(commentsRoom(documentId));

  useEffect(() => {
    const abort = new AbortController();
    fetchThreads(documentId, abort.signal).then((threads) => threads.forEach((thread) => controller.upsertThread(thread)), () => {});
    return () => abort.abort();
  }, [documentId, controller]);

  useEffect(() => {
    if (!room) return;
    const threads = threadsMap(room.ydoc);
    const changed = () => controller.setRoomThreads(readThreads(room.ydoc));
    threads.observe(changed);
    if (threads.size > 0) changed();
    return () => threads.unobserve(changed);
  }, [room, controller]);
}
