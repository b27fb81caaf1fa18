import type { GoalData } from '../../shared/goals/model';
import { canonicalJson } from '../../shared/text/canonical-json';

/** A fastställd version's goals, as document_versions keeps them. */
export interface VersionGoals {
  number: number;
  goals: GoalData[];
}

/** One goal as the register keeps it (server/db/schema.ts, goal_register), without its document. */
export interface RegisterRow {
  goalId: string;
  position: number;
  title: string;
  level: string | null;
  parentGoalId: string | null;
  parentVersion: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  draft: GoalData | null;
  inForce: GoalData | null;
  version: number | null;
  unchangedSince: number | null;
}

const GOAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids come from the clients' Y.Doc: only a UUID is registered (the editor makes one for every goal), and
 * the first goal of a document with an id wins, so a copied id cannot take over another goal's entry.
 */
function byId(goals: readonly GoalData[]): Map<string, GoalData> {
  const found = new Map<string, GoalData>();
  for (const goal of goals) if (GOAL_ID.test(goal.id) && !found.has(goal.id)) found.set(goal.id, goal);
  return found;
}

/** Whether two readings of a goal say the same: a link pinned to one is not "ändrat sedan" the other. */
function sameGoal(a: GoalData | undefined, b: GoalData | undefined): boolean {
  return a !== undefined && b !== undefined && goalFingerprint(a) === goalFingerprint(b);
}

/** A goal's content in one canonical form; a field that versions from before it existed lack counts as its empty value. */
function goalFingerprint(goal: GoalData): string {
  return canonicalJson({ ...goal, parentVersion: goal.parentVersion ?? null });
}

/**
 * The earliest version from which `goal` has stood as in the newest one. `versions` are the document's
 * versions newest first.
 */
export function unchangedSince(goalId: string, versions: readonly VersionGoals[]): number | null {
  const [newest, ...older] = versions;
  const current = newest && byId(newest.goals).get(goalId);
  if (!newest || !current) return null;
  let since = newest.number;
  for (const version of older) {
    if (!sameGoal(byId(version.goals).get(goalId), current)) break;
    since = version.number;
  }
  return since;
}

/**
 * The register's rows for one document: every goal of the live draft (in its order), then the goals of
 * the newest version that the draft has removed, since they stay in force until the next version.
 * `since` gives a goal's unchangedSince when `newest` is set.
 */
export function registerRows(draft: readonly GoalData[], newest: VersionGoals | null, since: (goalId: string) => number | null): RegisterRow[] {
  const live = byId(draft);
  const inForce = byId(newest?.goals ?? []);
  const ids = [...live.keys(), ...[...inForce.keys()].filter((id) => !live.has(id))];
  return ids.map((goalId, position) => {
    const draftGoal = live.get(goalId) ?? null;
    const forceGoal = inForce.get(goalId) ?? null;
    const current = (draftGoal ?? forceGoal)!;
    return {
      goalId,
      position,
      title: current.title,
      level: current.level,
      parentGoalId: current.parentGoalId,
      parentVersion: current.parentVersion ?? null,
      periodFrom: current.periodFrom,
      periodTo: current.periodTo,
      draft: draftGoal,
      inForce: forceGoal,
      version: forceGoal ? newest!.number : null,
      unchangedSince: forceGoal ? since(goalId) : null,
    };
  });
}
