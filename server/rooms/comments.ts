import { commentsRooms } from '../../shared/sync/rooms';
import { commentsRoomHealing } from '../comments/reconcile';
import { roomKind } from '../sync/room-kind';
import type { RoomKindDeps } from './deps';
import { documentRights, sessionPresence } from './document-access';

/**
 * `doc:<documentId>:comments`: the threads as the server last wrote them. Every write goes through the
 * HTTP API (`can()` per thread and comment), so every connection only reads; healed from the database on load.
 */
export function commentsRoomKind({ db }: RoomKindDeps) {
  const rights = documentRights(db);
  return roomKind({
    kind: 'comments',
    parse: commentsRooms.parse,
    access: async (caller, { documentId }) => ((await rights(caller, documentId)).read ? { mode: 'read' } : null),
    presence: sessionPresence,
    concerns: (change, { documentId }) => change.kind === 'document' && change.documentId === documentId,
    onLoad: ({ documentId }) => commentsRoomHealing(db, documentId),
  });
}
