import { and, eq, inArray } from 'drizzle-orm';
import type { GoalData } from '../../shared/goals/model';
import { storedGoals } from '../../shared/goals/stored-goals';
import type { AppDb } from '../db/database';
import { documentVersions, documents, goalRegister } from '../db/schema';
import type { ParentGoal } from './model';

/**
 * The parents of `goals` as their links name them: the title as fastställd in the pinned version (the
 * register's current title when the link was made to a draft), with its document's title. Only goals of
 * the same organisation.
 */
export async function parentGoalsOf(db: AppDb, organisationId: string, goals: readonly GoalData[]): Promise<Map<string, ParentGoal>> {
  const links = new Map(goals.flatMap((goal) => (goal.parentGoalId ? [[goal.parentGoalId, goal.parentVersion ?? null] as const] : [])));
  const found = new Map<string, ParentGoal>();
  if (links.size === 0) return found;
  const rows = await db
    .select({ goalId: goalRegister.goalId, title: goalRegister.title, documentId: documents.id, documentTitle: documents.title })
    .from(goalRegister)
    .innerJoin(documents, eq(documents.id, goalRegister.documentId))
    .where(and(inArray(goalRegister.goalId, [...links.keys()]), eq(documents.organisationId, organisationId)));
  for (const row of rows) {
    const version = links.get(row.goalId) ?? null;
    const [pinned] = version === null ? [] : await db.select({ goals: documentVersions.goals }).from(documentVersions).where(and(eq(documentVersions.documentId, row.documentId), eq(documentVersions.number, version)));
    const asPinned = pinned ? storedGoals(pinned.goals).find((goal) => goal.id === row.goalId) : undefined;
    found.set(row.goalId, { title: asPinned?.title ?? row.title, documentTitle: row.documentTitle, version: asPinned ? version : null });
  }
  return found;
}
