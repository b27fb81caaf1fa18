import { eq } from 'drizzle-orm';
import { hidesCardsIn } from '../../shared/workshops/workshop';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { workshops } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { groupsOf, type WorkshopRow } from './load';
import type { ControlInput } from './input';

/**
 * The facilitator moves the day on: phase (back as well as forward), timer, reveal of votes, board
 * locks, which group's board the presenter view shows, and hidden cards (never in an anonymous activity).
 * Stored here; the route then publishes it into the read-only control room.
 */
export async function setControl(db: AppDb, actor: Actor, workshop: WorkshopRow, input: ControlInput): Promise<void> {
  if (input.phaseId !== undefined && !workshop.phases.some((phase) => phase.id === input.phaseId)) {
    throw new DomainError('unprocessable', 'unknown_phase', 'workshop.error.unknownPhase');
  }
  const phaseId = input.phaseId ?? workshop.currentPhaseId;
  const hidden = input.cardsHidden ?? workshop.cardsHidden;
  if (hidden && !hidesCardsIn(workshop.phases.find((phase) => phase.id === phaseId) ?? null)) {
    throw new DomainError('conflict', 'hidden_in_anonymous', 'workshop.error.hiddenAnonymous');
  }
  const named = [...(input.lockedGroupIds ?? []), ...(input.presentedGroupId ? [input.presentedGroupId] : [])];
  if (named.length > 0) {
    const groupIds = new Set((await groupsOf(db, workshop.id)).map((group) => group.id));
    if (!named.every((id) => groupIds.has(id))) throw new DomainError('unprocessable', 'unknown_group', 'workshop.error.unknownGroup');
  }
  const changes = {
      ...(input.phaseId !== undefined ? { currentPhaseId: input.phaseId } : {}),
      ...(input.timer !== undefined ? { timerEndsAt: input.timer ? new Date(input.timer.endsAt) : null } : {}),
      ...(input.revealVotes !== undefined ? { votesRevealed: input.revealVotes } : {}),
      ...(input.lockedGroupIds ? { lockedGroupIds: [...new Set(input.lockedGroupIds)] } : {}),
      ...(input.presentedGroupId !== undefined ? { presentedGroupId: input.presentedGroupId } : {}),
      ...(input.cardsHidden !== undefined ? { cardsHidden: input.cardsHidden } : {}),
  };
  if (Object.keys(changes).length === 0) return;
  await db.transaction(async (tx) => {
    await tx.update(workshops).set(changes).where(eq(workshops.id, workshop.id));
    await audit(tx, {
      action: 'workshop.controlled',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'workshop',
      targetId: workshop.id,
      details: { ...input },
      ip: actor.ip,
      at: actor.at,
    });
  });
}
