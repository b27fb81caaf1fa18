import { and, eq } from 'drizzle-orm';
import { hidesCardsIn } from '../../shared/workshops/workshop';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { guestSessions, workshopGroups, workshops } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { endOfStockholmDay } from '../../shared/calendar/stockholm-day';
import type { WorkshopChanges } from './input';
import type { WorkshopRow } from './load';

/**
 * Changes a workshop's title, date, group names, phases or vote rules. A current phase that the new
 * phases no longer hold is cleared (the facilitator picks one again); votes already cast stay. Moving
 * the date moves the end of guests' sessions with it.
 */
export async function updateWorkshop(db: AppDb, actor: Actor & { userId: string }, workshop: WorkshopRow, changes: WorkshopChanges): Promise<void> {
  await db.transaction(async (tx) => {
    for (const group of changes.groups ?? []) {
      const renamed = await tx
        .update(workshopGroups)
        .set({ name: group.name })
        .where(and(eq(workshopGroups.id, group.id), eq(workshopGroups.workshopId, workshop.id)))
        .returning({ id: workshopGroups.id });
      if (renamed.length === 0) throw new DomainError('unprocessable', 'unknown_group', 'workshop.error.unknownGroup');
    }
    const phases = changes.phases;
    const keepsPhase = !phases || phases.some((phase) => phase.id === workshop.currentPhaseId);
    if (phases && workshop.cardsHidden && !hidesCardsIn(phases.find((phase) => phase.id === workshop.currentPhaseId) ?? null)) {
      throw new DomainError('conflict', 'hidden_in_anonymous', 'workshop.error.hiddenAnonymous');
    }
    await tx
      .update(workshops)
      .set({
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.date !== undefined ? { date: changes.date } : {}),
        ...(phases ? { phases } : {}),
        ...(keepsPhase ? {} : { currentPhaseId: null }),
        ...(changes.voteRules ? { voteRules: changes.voteRules } : {}),
      })
      .where(eq(workshops.id, workshop.id));
    // Guests' sessions end with the workshop's day, wherever it moves.
    if (changes.date !== undefined) await tx.update(guestSessions).set({ expiresAt: endOfStockholmDay(changes.date) }).where(eq(guestSessions.workshopId, workshop.id));
    await audit(tx, {
      action: 'workshop.updated',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'workshop',
      targetId: workshop.id,
      details: { fields: Object.keys(changes) },
      ip: actor.ip,
      at: actor.at,
    });
  });
}
