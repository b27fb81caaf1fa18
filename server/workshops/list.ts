import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { workshopGroups, workshopParticipants, workshops } from '../db/schema';
import type { WorkshopView } from '../../shared/api/workshops';
import { presentWorkshop } from './present';

/** The organisation's workshops that are not archived, by date, as the member sees them. */
export async function listWorkshops(db: AppDb, caller: Extract<Caller, { kind: 'member' }>): Promise<WorkshopView[]> {
  const rows = await db
    .select()
    .from(workshops)
    .where(and(eq(workshops.organisationId, caller.principal.organisation.id), isNull(workshops.archivedAt)))
    .orderBy(asc(workshops.date), asc(workshops.title));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const groups = await db.select().from(workshopGroups).where(inArray(workshopGroups.workshopId, ids)).orderBy(asc(workshopGroups.position));
  const mine = await db
    .select()
    .from(workshopParticipants)
    .where(and(inArray(workshopParticipants.workshopId, ids), eq(workshopParticipants.userId, caller.principal.user.id)));
  return rows.map((row) =>
    presentWorkshop(
      row,
      groups.filter((group) => group.workshopId === row.id),
      caller,
      mine.find((participant) => participant.workshopId === row.id) ?? null,
      caller.principal.organisation.settings.workshopLimits,
    ),
  );
}
