import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { GoalDetail, GoalEntry } from '../../shared/api/goals';
import { can } from '../../shared/auth/permissions';
import { comparePeriodRefs, type Assessment } from '../../shared/goals/follow-up';
import type { Principal } from '../auth/principal';
import type { AppDb } from '../db/database';
import { bodies, documentVersions, documents, goalAssessments, goalRegister } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { documentResource } from '../documents/resource';

export interface GoalFilter {
  level?: string;
  bodyId?: string;
  documentId?: string;
  parentGoalId?: string;
  goalId?: string;
}

/**
 * Register rows of the principal's organisation that the principal may read, with their document's
 * names and the decision of their version. Archived documents' goals are no longer anyone's goals.
 */
async function readableRows(db: AppDb, principal: Principal, filter: GoalFilter) {
  const conditions: SQL[] = [eq(documents.organisationId, principal.organisation.id), isNull(documents.archivedAt)];
  if (filter.level) conditions.push(eq(goalRegister.level, filter.level));
  if (filter.bodyId) conditions.push(eq(documents.bodyId, filter.bodyId));
  if (filter.documentId) conditions.push(eq(goalRegister.documentId, filter.documentId));
  if (filter.parentGoalId) conditions.push(eq(goalRegister.parentGoalId, filter.parentGoalId));
  if (filter.goalId) conditions.push(eq(goalRegister.goalId, filter.goalId));
  const rows = await db
    .select({ goal: goalRegister, document: documents, bodyName: bodies.name, decision: documentVersions.decision })
    .from(goalRegister)
    .innerJoin(documents, eq(documents.id, goalRegister.documentId))
    .leftJoin(bodies, eq(bodies.id, documents.bodyId))
    .leftJoin(documentVersions, and(eq(documentVersions.documentId, goalRegister.documentId), eq(documentVersions.number, goalRegister.version)))
    .where(and(...conditions))
    // In force first (newest decision first), then drafts; within a document in its order.
    .orderBy(sql`${goalRegister.version} desc nulls last`, documents.title, goalRegister.documentId, goalRegister.position);
  return rows.filter((row) => can(principal.subject, 'document.read', documentResource(row.document, principal.organisation.settings)));
}

type Row = Awaited<ReturnType<typeof readableRows>>[number];

function entry({ goal, document, bodyName, decision }: Row): GoalEntry {
  return {
    id: goal.goalId,
    title: goal.title,
    level: goal.level,
    bodyId: document.bodyId,
    bodyName,
    documentId: document.id,
    documentTitle: document.title,
    parentGoalId: goal.parentGoalId,
    parentVersion: goal.parentVersion,
    periodFrom: goal.periodFrom,
    periodTo: goal.periodTo,
    status: document.status === 'fastställd' && goal.version !== null ? 'fastställd' : 'utkast',
    version: goal.version,
    decision: decision ?? null,
    unchangedSince: goal.unchangedSince,
    inDraft: goal.draft !== null,
  };
}

export async function listGoals(db: AppDb, principal: Principal, filter: GoalFilter): Promise<GoalEntry[]> {
  return (await readableRows(db, principal, filter)).map(entry);
}

type AssessmentEntry = GoalDetail['assessments'][number];

/** The goals' assessments in uppföljningar the principal may read, oldest follow-up first. */
async function assessmentsOf(db: AppDb, principal: Principal, goalIds: string[]): Promise<Map<string, AssessmentEntry[]>> {
  const found = new Map<string, AssessmentEntry[]>();
  if (goalIds.length === 0) return found;
  const rows = await db
    .select({ goalId: goalAssessments.goalId, period: goalAssessments.period, assessment: goalAssessments.assessment, outcomes: goalAssessments.outcomes, document: documents })
    .from(goalAssessments)
    .innerJoin(documents, eq(documents.id, goalAssessments.documentId))
    .where(and(inArray(goalAssessments.goalId, goalIds), eq(documents.organisationId, principal.organisation.id), isNull(documents.archivedAt)));
  const byPeriod = comparePeriodRefs(principal.organisation.settings.followUpPeriods);
  rows.sort((a, b) => byPeriod(a.period, b.period));
  for (const row of rows) {
    if (!can(principal.subject, 'document.read', documentResource(row.document, principal.organisation.settings))) continue;
    const list = found.get(row.goalId) ?? [];
    list.push({ period: row.period, assessment: row.assessment as Assessment | null, documentId: row.document.id, outcomes: row.outcomes as AssessmentEntry['outcomes'] });
    found.set(row.goalId, list);
  }
  return found;
}

/** The newest follow-up that has assessed the goal, else the newest (not yet assessed). */
const latest = (assessments: AssessmentEntry[]): AssessmentEntry | null => assessments.findLast((entry) => entry.assessment !== null) ?? assessments.at(-1) ?? null;

/** One goal with its parent, its children from every document and its assessments; not found unless readable. */
export async function goalDetail(db: AppDb, principal: Principal, goalId: string): Promise<GoalDetail> {
  const [row] = await readableRows(db, principal, { goalId });
  if (!row) throw new DomainError('not_found', 'goal_not_found', 'error.goalNotFound');
  const goal = entry(row);
  const [parentRow] = goal.parentGoalId ? await readableRows(db, principal, { goalId: goal.parentGoalId }) : [];
  const children = await readableRows(db, principal, { parentGoalId: goalId });
  const assessments = await assessmentsOf(db, principal, [goalId, ...children.map((child) => child.goal.goalId)]);
  const parent = parentRow ? entry(parentRow) : null;
  return {
    ...goal,
    content: (row.goal.draft ?? row.goal.inForce)!,
    parent: parent && {
      ...parent,
      changedSince: goal.parentVersion !== null && parent.unchangedSince !== null && parent.unchangedSince > goal.parentVersion,
    },
    children: children.map((child) => ({ ...entry(child), latestAssessment: latest(assessments.get(child.goal.goalId) ?? []) })),
    assessments: assessments.get(goalId) ?? [],
  };
}
