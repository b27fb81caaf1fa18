import { and, eq } from 'drizzle-orm';
import { categoryIds } from '../../shared/workshops/board-layouts';
import type { BoardActor } from '../../shared/workshops/card-rights';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { workshopGroups } from '../db/schema';
import type { PresenceIdentity } from '../sync/presence-identity';
import type { ScopedAccessChange } from '../sync/room-kind';
import { boardGuard } from '../workshops/board-guard';
import { currentPhase, findWorkshop, participationOf, type ParticipantRow, type WorkshopRow } from '../workshops/load';
import { presentParticipant } from '../workshops/present';
import { workshopLimits } from '../workshops/workshop-limits';

/**
 * The workshop a caller reaches a room of, and their participation in it; null when it is not theirs to
 * reach: a guest reaches nothing outside their own workshop, a member nothing outside their organisation.
 */
export async function reachableWorkshop(db: AppDb, caller: Caller, workshopId: string): Promise<{ workshop: WorkshopRow; participant: ParticipantRow | null } | null> {
  if (caller.kind === 'guest' && caller.guest.session.workshopId !== workshopId) return null;
  const workshop = await findWorkshop(db, workshopId);
  if (!workshop || workshop.organisationId !== caller.subject.organisationId) return null;
  return { workshop, participant: await participationOf(db, caller, workshop.id) };
}

/** Whether the group is one of the workshop's. */
export async function isGroupOf(db: AppDb, workshop: WorkshopRow, groupId: string): Promise<boolean> {
  const [group] = await db
    .select({ id: workshopGroups.id })
    .from(workshopGroups)
    .where(and(eq(workshopGroups.id, groupId), eq(workshopGroups.workshopId, workshop.id)));
  return group !== undefined;
}

/** Who writes cards here: their card as themselves (or nobody in an anonymous phase), and whether they manage the workshop. */
export function boardActor(caller: Caller, workshop: WorkshopRow, participant: ParticipantRow | null, manages: boolean): BoardActor {
  return {
    author: participant && { participantId: participant.id, name: presentParticipant(caller, participant).name },
    manages,
    anonymous: currentPhase(workshop)?.anonymous === true,
  };
}

/** The board guard with the kommun's card limits, read at each grant: an admin's change holds from the next connection or re-check. */
export async function cardsGuard(db: AppDb, workshop: WorkshopRow, actor: BoardActor) {
  return boardGuard(actor, { limits: await workshopLimits(db, workshop.organisationId), categories: categoryIds(workshop.layout) });
}

/** A workshop's rooms are re-checked when its seating, phase, board locks or hiding change. */
export const concernsWorkshop = (change: ScopedAccessChange, { workshopId }: { workshopId: string }) =>
  change.kind === 'workshop' && change.workshopId === workshopId;

/**
 * In a group's notes and the control room: a guest as their participant, a member as their user, who
 * may also show themselves as their participant when they take part.
 */
export async function workshopPresence(db: AppDb, caller: Caller, workshopId: string): Promise<PresenceIdentity> {
  if (caller.kind === 'guest') return { name: caller.guest.participant.name, ids: [caller.guest.participant.id] };
  const { user } = caller.principal;
  const participant = await participationOf(db, caller, workshopId);
  return { name: user.name, ids: participant ? [participant.id, user.id] : [user.id] };
}
