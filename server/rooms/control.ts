import { can } from '../../shared/auth/permissions';
import { controlRooms } from '../../shared/sync/rooms';
import { roomKind } from '../sync/room-kind';
import { workshopResource } from '../workshops/load';
import { controlRoomHealing } from '../workshops/reconcile-control';
import type { RoomKindDeps } from './deps';
import { concernsWorkshop, reachableWorkshop, workshopPresence } from './workshop-access';

/**
 * `ws:<workshopId>:control`: phase, timer, reveal, locks, presented group. The server alone writes it,
 * on the facilitator's word (HTTP, audited); everyone in the workshop reads it. Healed from the database on load.
 */
export function controlRoomKind({ db }: RoomKindDeps) {
  return roomKind({
    kind: 'control',
    parse: controlRooms.parse,
    async access(caller, { workshopId }) {
      const reached = await reachableWorkshop(db, caller, workshopId);
      if (!reached) return null;
      return can(caller.subject, 'workshop.view', workshopResource(reached.workshop, reached.participant)) ? { mode: 'read' } : null;
    },
    presence: (caller, { workshopId }) => workshopPresence(db, caller, workshopId),
    concerns: concernsWorkshop,
    onLoad: ({ workshopId }) => controlRoomHealing(db, workshopId),
  });
}
