import type { RoomKind } from '../sync/room-kind';
import { boardRoomKind } from './board';
import { commentsRoomKind } from './comments';
import { controlRoomKind } from './control';
import type { RoomKindDeps } from './deps';
import { documentRoomKind } from './document';
import { draftRoomKind } from './draft';
import { inboxRoomKind } from './inbox';
import { notesRoomKind } from './notes';

/** Every kind of room the sync server serves. A new kind is one module in this folder and one line here. */
export const roomKinds = (deps: RoomKindDeps): RoomKind[] => [
  documentRoomKind(deps),
  commentsRoomKind(deps),
  boardRoomKind(deps),
  notesRoomKind(deps),
  controlRoomKind(deps),
  draftRoomKind(deps),
  inboxRoomKind(),
];
