import { can } from '../../shared/auth/permissions';
import { notesRooms } from '../../shared/sync/rooms';
import { roomKind } from '../sync/room-kind';
import { workshopResource } from '../workshops/load';
import type { RoomKindDeps } from './deps';
import { concernsWorkshop, isGroupOf, reachableWorkshop, workshopPresence } from './workshop-access';

/** `ws:<workshopId>:notes:<groupId>`: a group's shared notes (an editor body); the group writes them until its board is locked, the workshop reads them. */
export function notesRoomKind({ db }: RoomKindDeps) {
  return roomKind({
    kind: 'notes',
    parse: notesRooms.parse,
    async access(caller, { workshopId, groupId }) {
      const reached = await reachableWorkshop(db, caller, workshopId);
      if (!reached || !(await isGroupOf(db, reached.workshop, groupId))) return null;
      const resource = workshopResource(reached.workshop, reached.participant, groupId);
      if (can(caller.subject, 'workshop.board.write', resource)) return { mode: 'write' };
      return can(caller.subject, 'workshop.board.read', resource) ? { mode: 'read' } : null;
    },
    presence: (caller, { workshopId }) => workshopPresence(db, caller, workshopId),
    concerns: concernsWorkshop,
  });
}
