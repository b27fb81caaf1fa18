import { can } from '../../shared/auth/permissions';
import { boardRooms } from '../../shared/sync/rooms';
import { roomKind } from '../sync/room-kind';
import { workshopResource } from '../workshops/load';
import type { RoomKindDeps } from './deps';
import { boardActor, cardsGuard, concernsWorkshop, isGroupOf, reachableWorkshop } from './workshop-access';

/**
 * `ws:<workshopId>:board:<groupId>`: a group's cards and cluster headings. The group writes it while
 * the phase takes cards, and the facilitators do; every update passes the board guard (card rights,
 * shared/workshops/card-rights.ts). The workshop's other participants read it. It may hold an anonymous
 * activity: it tracks no writers, and its awareness shows nobody.
 */
export function boardRoomKind({ db }: RoomKindDeps) {
  return roomKind({
    kind: 'board',
    parse: boardRooms.parse,
    async access(caller, { workshopId, groupId }) {
      const reached = await reachableWorkshop(db, caller, workshopId);
      if (!reached || !(await isGroupOf(db, reached.workshop, groupId))) return null;
      const { workshop, participant } = reached;
      const resource = workshopResource(workshop, participant, groupId);
      if (can(caller.subject, 'workshop.cards.write', resource)) {
        const actor = boardActor(caller, workshop, participant, can(caller.subject, 'workshop.manage', resource));
        return { mode: 'write', guard: await cardsGuard(db, workshop, actor) };
      }
      return can(caller.subject, 'workshop.board.read', resource) ? { mode: 'read' } : null;
    },
    concerns: concernsWorkshop,
  });
}
