import { and, asc, eq } from 'drizzle-orm';
import type { WorkshopResource } from '../../shared/auth/permissions';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { workshopGroups, workshopParticipants, workshops } from '../db/schema';

export type WorkshopRow = typeof workshops.$inferSelect;
export type GroupRow = typeof workshopGroups.$inferSelect;
export type ParticipantRow = typeof workshopParticipants.$inferSelect;

export async function findWorkshop(db: AppDb, workshopId: string): Promise<WorkshopRow | null> {
  const [row] = await db.select().from(workshops).where(eq(workshops.id, workshopId));
  return row ?? null;
}

export function groupsOf(db: AppDb, workshopId: string): Promise<GroupRow[]> {
  return db.select().from(workshopGroups).where(eq(workshopGroups.workshopId, workshopId)).orderBy(asc(workshopGroups.position));
}

/** The caller's own participation in the workshop, if they joined it. */
export async function participationOf(db: AppDb, caller: Caller, workshopId: string): Promise<ParticipantRow | null> {
  const mine =
    caller.kind === 'guest'
      ? eq(workshopParticipants.id, caller.guest.participant.id)
      : eq(workshopParticipants.userId, caller.principal.user.id);
  const [row] = await db.select().from(workshopParticipants).where(and(eq(workshopParticipants.workshopId, workshopId), mine));
  return row ?? null;
}

/** The phase the workshop is in now, if any. */
export const currentPhase = (workshop: WorkshopRow) => workshop.phases.find((phase) => phase.id === workshop.currentPhaseId) ?? null;

/** The workshop as `can()` judges it for this caller (their participation), optionally one group's board. */
export function workshopResource(workshop: WorkshopRow, participant: ParticipantRow | null, boardGroupId?: string): WorkshopResource {
  return {
    kind: 'workshop',
    organisationId: workshop.organisationId,
    workshopId: workshop.id,
    archived: workshop.archivedAt !== null,
    participant: participant && { id: participant.id, groupId: participant.groupId },
    ...(boardGroupId ? { board: { groupId: boardGroupId, locked: workshop.lockedGroupIds.includes(boardGroupId) } } : {}),
    votingOpen: currentPhase(workshop)?.votingOpen ?? false,
    cardsOpen: currentPhase(workshop)?.cardsOpen ?? false,
  };
}
