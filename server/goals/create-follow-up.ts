import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { parsePeriodRef, type FollowUpPeriodSetting } from '../../shared/goals/follow-up';
import type { FollowUpGoalSeed } from '../../shared/goals/follow-up-document';
import type { GoalData } from '../../shared/goals/model';
import { t } from '../../shared/i18n';
import type { Actor } from '../accounts/users';
import type { AppDb } from '../db/database';
import { bodies, documents, goalRegister } from '../db/schema';
import { isUniqueViolation } from '../db/sql-errors';
import { createDocument } from '../documents/commands';
import { followUpInitialState } from '../documents/initial-state';
import { DomainError } from '../domain/domain-error';

export interface NewFollowUp {
  bodyId: string;
  /** '2027-delarsrapport': a year and one of the kommun's follow-up periods. */
  period: string;
}

const inYear = (goal: GoalData, year: number) => (goal.periodFrom ?? goal.periodTo ?? year) <= year && year <= (goal.periodTo ?? goal.periodFrom ?? year);

/**
 * The body's goals in force in the follow-up's year, as fastställda (the version is the record),
 * in the order of their documents, with each goal's parent as the register names it.
 */
async function goalsInForce(db: AppDb, organisationId: string, bodyId: string, year: number): Promise<FollowUpGoalSeed[]> {
  const rows = await db
    .select({ goalId: goalRegister.goalId, documentId: goalRegister.documentId, version: goalRegister.version, inForce: goalRegister.inForce })
    .from(goalRegister)
    .innerJoin(documents, eq(documents.id, goalRegister.documentId))
    .where(and(eq(documents.organisationId, organisationId), eq(documents.bodyId, bodyId), eq(documents.type, 'mal'), isNull(documents.archivedAt), isNotNull(goalRegister.inForce)))
    .orderBy(asc(documents.createdAt), asc(goalRegister.position));
  const inForce = rows.filter((row) => inYear(row.inForce!, year));
  const parentIds = [...new Set(inForce.flatMap((row) => (row.inForce!.parentGoalId ? [row.inForce!.parentGoalId] : [])))];
  const parents = parentIds.length
    ? await db
        .select({ goalId: goalRegister.goalId, title: goalRegister.title, documentTitle: documents.title })
        .from(goalRegister)
        .innerJoin(documents, eq(documents.id, goalRegister.documentId))
        .where(and(inArray(goalRegister.goalId, parentIds), eq(documents.organisationId, organisationId)))
    : [];
  const parentOf = new Map(parents.map((parent) => [parent.goalId, parent]));
  return inForce.map((row) => {
    const goal = row.inForce!;
    const parent = goal.parentGoalId ? parentOf.get(goal.parentGoalId) : undefined;
    return {
      goalId: row.goalId,
      documentId: row.documentId,
      version: row.version!,
      goal,
      parent: parent ? { goalId: parent.goalId, title: parent.title, documentTitle: parent.documentTitle, version: goal.parentVersion ?? null } : null,
    };
  });
}

/**
 * "Ny uppföljning": a resultatdialog document for one body and one follow-up with a block per goal of
 * that body in force. One per body and follow-up: a second is a conflict (the index decides a race).
 */
export async function createFollowUp(db: AppDb, actor: Actor, periods: readonly FollowUpPeriodSetting[], input: NewFollowUp): Promise<string> {
  const ref = parsePeriodRef(input.period);
  const period = ref && periods.find((candidate) => candidate.key === ref.key);
  if (!ref || !period || ref.year < 1900 || ref.year > 2200) throw new DomainError('invalid', 'period_unknown', 'error.followUp.periodUnknown');
  const [body] = await db.select({ name: bodies.name }).from(bodies).where(and(eq(bodies.id, input.bodyId), eq(bodies.organisationId, actor.organisationId)));
  if (!body) throw new DomainError('invalid', 'body_not_found', 'error.bodyNotFound');
  const [existing] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organisationId, actor.organisationId), eq(documents.bodyId, input.bodyId), eq(documents.followUpPeriod, input.period), isNull(documents.archivedAt)));
  if (existing) throw new DomainError('conflict', 'follow_up_exists', 'error.followUp.exists');
  const goals = await goalsInForce(db, actor.organisationId, input.bodyId, ref.year);
  try {
    return await createDocument(db, actor, {
      type: 'resultatdialog',
      title: t('followUp.documentTitle', { period: period.name, year: ref.year, body: body.name }),
      bodyId: input.bodyId,
      followUpPeriod: input.period,
      initialState: followUpInitialState({ ref: input.period, name: period.name, year: ref.year, forecast: period.forecast }, goals),
    });
  } catch (error) {
    if (isUniqueViolation(error, 'documents_follow_up_idx')) throw new DomainError('conflict', 'follow_up_exists', 'error.followUp.exists');
    throw error;
  }
}
