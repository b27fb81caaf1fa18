import { and, eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import { categoryIds } from '../../shared/workshops/board-layouts';
import type { BoardActor } from '../../shared/workshops/card-rights';
import type { RoomRef } from '../../shared/sync/rooms';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { workshopGroups } from '../db/schema';
import type { RoomGrant } from '../sync/update-guard';
import { boardGuard } from './board-guard';
import { currentPhase, findWorkshop, participationOf, workshopResource, type ParticipantRow, type WorkshopRow } from './load';
import { presentParticipant } from './present';
import { workshopLimits } from './workshop-limits';

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
  if (room.kind === 'draft') return draftRoomAccess(db, caller, workshop, participant, room.participantId);
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
    return { mode: 'write', guard: await cardsGuard(db, workshop, actor) };
  }
  return can(caller.subject, 'workshop.board.read', resource) ? { mode: 'read' } : null;
}

/** The board guard with the kommun's card limits, read at each grant: an admin's change holds from the next connection or re-check. */
async function cardsGuard(db: AppDb, workshop: WorkshopRow, actor: BoardActor) {
  return boardGuard(actor, { limits: await workshopLimits(db, workshop.organisationId), categories: categoryIds(workshop.layout) });
}

/**
 * A participant's draft room (hidden cards): its owner writes it while cards are hidden, the phase takes
 * cards and their board is open, and reads it otherwise; facilitators read it; nobody else (other
 * participants and guests included) reaches it at all, so a hidden card never leaves the server for them.
 * The reveal copies its cards onto the board as they are, so the owner's writes pass the board's guard:
 * every card in it is theirs to edit and delete, and it holds no more than their share of a board.
 */
async function draftRoomAccess(db: AppDb, caller: Caller, workshop: WorkshopRow, participant: ParticipantRow | null, ownerId: string): Promise<RoomGrant | null> {
  if (participant?.id === ownerId) {
    const board = participant.groupId ? workshopResource(workshop, participant, participant.groupId) : null;
    const writes = workshop.cardsHidden && board !== null && can(caller.subject, 'workshop.cards.write', board);
    if (!writes) return { mode: 'read' };
    const actor = { author: { participantId: participant.id, name: presentParticipant(caller, participant).name }, manages: true, anonymous: currentPhase(workshop)?.anonymous === true };
    return { mode: 'write', guard: await cardsGuard(db, workshop, actor) };
  }
  if (caller.kind === 'guest') return null;
  return can(caller.subject, 'workshop.manage', workshopResource(workshop, participant)) ? { mode: 'read' } : null;
}
