import { and, eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import { organisationSettings } from '../../shared/domain/organisation-settings';
import { categoryIds } from '../../shared/workshops/board-layouts';
import type { RoomRef } from '../../shared/sync/rooms';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { organisations, workshopGroups } from '../db/schema';
import type { RoomGrant } from '../sync/update-guard';
import { boardGuard } from './board-guard';
import { currentPhase, findWorkshop, participationOf, workshopResource, type ParticipantRow, type WorkshopRow } from './load';
import { presentParticipant } from './present';

export type WorkshopRoomRef = Extract<RoomRef, { kind: 'board' | 'notes' | 'control' | 'draft' }>;

/**
 * A workshop room for a caller. The control room is read-only for every connection (the server writes
 * it after the facilitator's HTTP request); a board is written by its group while the phase takes cards,
 * and by the facilitators, and read by the workshop's other participants; a group's notes are written by
 * the group until its board is locked. A guest reaches nothing outside their own workshop.
 */
export async function workshopRoomAccess(db: AppDb, caller: Caller, room: WorkshopRoomRef): Promise<RoomGrant | null> {
  if (caller.kind === 'guest' && caller.guest.session.workshopId !== room.workshopId) return null;
  const workshop = await findWorkshop(db, room.workshopId);
  if (!workshop || workshop.organisationId !== caller.subject.organisationId) return null;
  const participant = await participationOf(db, caller, workshop.id);
  if (room.kind === 'control') return can(caller.subject, 'workshop.view', workshopResource(workshop, participant)) ? { mode: 'read' } : null;
  if (room.kind === 'draft') return draftRoomAccess(caller, workshop, participant, room.participantId);
  const [group] = await db
    .select({ id: workshopGroups.id })
    .from(workshopGroups)
    .where(and(eq(workshopGroups.id, room.groupId), eq(workshopGroups.workshopId, workshop.id)));
  if (!group) return null;
  const resource = workshopResource(workshop, participant, group.id);
  if (room.kind === 'notes' && can(caller.subject, 'workshop.board.write', resource)) return { mode: 'write' };
  if (room.kind === 'board' && can(caller.subject, 'workshop.cards.write', resource)) {
    const actor = {
      author: participant && { participantId: participant.id, name: presentParticipant(caller, participant).name },
      manages: can(caller.subject, 'workshop.manage', resource),
      anonymous: currentPhase(workshop)?.anonymous === true,
    };
    return { mode: 'write', guard: boardGuard(actor, { limits: await workshopLimits(db, workshop.organisationId), categories: categoryIds(workshop.layout) }) };
  }
  return can(caller.subject, 'workshop.board.read', resource) ? { mode: 'read' } : null;
}

/** The kommun's card limits, read at each grant: an admin's change holds from the next connection or re-check. */
async function workshopLimits(db: AppDb, organisationId: string) {
  const [row] = await db.select({ settings: organisations.settings }).from(organisations).where(eq(organisations.id, organisationId));
  return organisationSettings(row?.settings).workshopLimits;
}

/**
 * A participant's draft room (hidden cards): its owner writes it while cards are hidden, the phase takes
 * cards and their board is open, and reads it otherwise; facilitators read it; nobody else (other
 * participants and guests included) reaches it at all, so a hidden card never leaves the server for them.
 */
function draftRoomAccess(caller: Caller, workshop: WorkshopRow, participant: ParticipantRow | null, ownerId: string): RoomGrant | null {
  if (participant?.id === ownerId) {
    const board = participant.groupId ? workshopResource(workshop, participant, participant.groupId) : null;
    const writes = workshop.cardsHidden && board !== null && can(caller.subject, 'workshop.cards.write', board);
    return { mode: writes ? 'write' : 'read' };
  }
  if (caller.kind === 'guest') return null;
  return can(caller.subject, 'workshop.manage', workshopResource(workshop, participant)) ? { mode: 'read' } : null;
}
