import { and, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { workshopGroups, workshopParticipants } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import type { ParticipantRow, WorkshopRow } from './load';

/** The facilitator seats a participant at another group (or none); their board rights follow at once. */
export async function moveParticipant(db: AppDb, actor: Actor & { userId: string }, workshop: WorkshopRow, participantId: string, groupId: string | null): Promise<ParticipantRow> {
  return db.transaction(async (tx) => {
    if (groupId) {
      const [group] = await tx.select({ id: workshopGroups.id }).from(workshopGroups).where(and(eq(workshopGroups.id, groupId), eq(workshopGroups.workshopId, workshop.id)));
      if (!group) throw new DomainError('unprocessable', 'unknown_group', 'workshop.error.unknownGroup');
    }
    const ofWorkshop = and(eq(workshopParticipants.id, participantId), eq(workshopParticipants.workshopId, workshop.id));
    const [before] = await tx.select().from(workshopParticipants).where(ofWorkshop);
    if (!before) throw new DomainError('not_found', 'participant_not_found', 'workshop.error.unknownParticipant');
    const [moved] = await tx.update(workshopParticipants).set({ groupId }).where(ofWorkshop).returning();
    await audit(tx, {
      action: 'workshop.participant_moved',
      organisationId: workshop.organisationId,
      actorUserId: actor.userId,
      targetType: 'workshop_participant',
      targetId: participantId,
      details: { workshopId: workshop.id, fromGroupId: before.groupId, toGroupId: groupId },
      ip: actor.ip,
      at: actor.at,
    });
    return moved!;
  });
}
