import { can } from '../../shared/auth/permissions';
import { draftRooms } from '../../shared/sync/rooms';
import { roomKind } from '../sync/room-kind';
import { workshopResource } from '../workshops/load';
import type { RoomKindDeps } from './deps';
import { boardActor, cardsGuard, concernsWorkshop, reachableWorkshop } from './workshop-access';

/**
 * `ws:<workshopId>:draft:<participantId>`: a participant's hidden cards. Its owner writes it while cards
 * are hidden, the phase takes cards and their board is open, and reads it otherwise; facilitators read it;
 * nobody else (other participants and guests included) reaches it at all, so a hidden card never leaves
 * the server for them. The reveal copies its cards onto the board as they are, so the owner's writes pass
 * the board's guard: every card in it is theirs to edit and delete, and it holds no more than their share
 * of a board. Like a board it tracks no writers and shows nobody in its awareness.
 */
export function draftRoomKind({ db }: RoomKindDeps) {
  return roomKind({
    kind: 'draft',
    parse: draftRooms.parse,
    async access(caller, { workshopId, participantId }) {
      const reached = await reachableWorkshop(db, caller, workshopId);
      if (!reached) return null;
      const { workshop, participant } = reached;
      if (participant?.id === participantId) {
        const board = participant.groupId ? workshopResource(workshop, participant, participant.groupId) : null;
        const writes = workshop.cardsHidden && board !== null && can(caller.subject, 'workshop.cards.write', board);
        if (!writes) return { mode: 'read' };
        return { mode: 'write', guard: await cardsGuard(db, workshop, boardActor(caller, workshop, participant, true)) };
      }
      if (caller.kind === 'guest') return null;
      return can(caller.subject, 'workshop.manage', workshopResource(workshop, participant)) ? { mode: 'read' } : null;
    },
    concerns: concernsWorkshop,
  });
}
