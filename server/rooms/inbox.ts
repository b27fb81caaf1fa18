import { inboxRooms } from '../../shared/sync/rooms';
import { roomKind } from '../sync/room-kind';

/**
 * `user:<userId>:inbox`: a counter the server bumps when the member's mentions change (a new mention, one
 * removed, one read in another tab), so "Att läsa" and its count follow live. It holds nothing else:
 * the mentions themselves come over HTTP. Only its own member reads it; nobody writes it but the server;
 * it lives in memory, since a reader that connects fetches the mentions anyway.
 */
export function inboxRoomKind() {
  return roomKind({
    kind: 'inbox',
    parse: inboxRooms.parse,
    async access(caller, { userId }) {
      return caller.kind === 'member' && caller.principal.user.id === userId ? { mode: 'read' } : null;
    },
    concerns: () => false,
    persistence: 'memory',
  });
}
