import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { readThreads, threadsMap } from '../../../shared/comments/model';
import { commentsRoom } from '../../../shared/sync/rooms';
import { fetchThreads } from '../api/comments';
import { queryKeys } from '../query/query-keys';
import { useCollabRoom } from '../editor/useCollabRoom';
import type { CommentsController } from './comments-controller';

/**
 * Feeds the controller the document's threads: once over HTTP, then live from the read-only comments
 * room (`doc:<id>:comments`), which the server alone writes. The client never changes that Y.Doc.
 */
export function useLiveThreads(documentId: string, controller: CommentsController): void {
  const { room } = useCollabRoom(commentsRoom(documentId));

  // Kept no longer than the page: once the room has spoken, an old copy must never be fed to the controller.
  const { data: fetched } = useQuery({ queryKey: queryKeys.threads(documentId), queryFn: ({ signal }) => fetchThreads(documentId, signal), gcTime: 0 });
  useEffect(() => {
    for (const thread of fetched ?? []) controller.upsertThread(thread);
  }, [fetched, controller]);

  useEffect(() => {
    if (!room) return;
    const threads = threadsMap(room.ydoc);
    const changed = () => controller.setRoomThreads(readThreads(room.ydoc));
    threads.observe(changed);
    if (threads.size > 0) changed();
    return () => threads.unobserve(changed);
  }, [room, controller]);
}
