/**
 * The count checks as people read them: which body has how many goals at which level in which years,
 * and the kommun's rule, with the level named as the kommun names it. They warn, never block.
 */
import { currentLocale, t, type MessageKey, type MessageParams } from '../i18n';
import { goalCountExcesses, type CountedGoal, type GoalCountExcess } from './count-rules';
import type { GoalSettings } from './goal-settings';
import { levelName } from './levels';
import type { GoalData } from './model';

export interface GoalCountWarning {
  /** Stable per level and body, for a list's key. */
  id: string;
  messageKey: MessageKey;
  params: MessageParams;
}

/**
 * A document's goals as the count sees them: each is its document's body's goal (KF's måldokument holds
 * KF's goals whoever is responsible for each); in a document of no body, its responsible body's.
 */
export function countedGoals(goals: readonly GoalData[], documentBodyId: string | null): CountedGoal[] {
  return goals.map((goal) => ({ id: goal.id, level: goal.level, bodyId: documentBodyId ?? goal.responsibleBodyId, periodFrom: goal.periodFrom, periodTo: goal.periodTo }));
}

/** What the register says of a goal that the count needs (shared/api/goals.ts's entry). */
interface RegisteredGoal extends CountedGoal {
  documentId: string;
  version: number | null;
}

/**
 * The goals a draft's count runs over (seed 004 counts what is in force in parallel): the draft's own,
 * and every goal in force in the kommun's other documents, as the register has them.
 */
export function countedAcrossDocuments(draft: readonly CountedGoal[], register: readonly RegisteredGoal[], documentId: string): CountedGoal[] {
  const elsewhere = register.filter((goal) => goal.documentId !== documentId && goal.version !== null);
  return [...draft, ...elsewhere.map(({ id, level, bodyId, periodFrom, periodTo }) => ({ id, level, bodyId, periodFrom, periodTo }))];
}

/** "2027", "2027–2029", "2027–2028 och 2030": consecutive years as one span. */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return t('goalSettings.count.noPeriod');
  const spans: string[] = [];
  let start = years[0]!;
  years.forEach((year, index) => {
    const next = years[index + 1];
    if (next === year + 1) return;
    spans.push(start === year ? String(year) : `${start}–${year}`);
    if (next !== undefined) start = next;
  });
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(spans);
}

function warning(excess: GoalCountExcess, settings: Pick<GoalSettings, 'goalLevels' | 'goalCountRule'>, bodyName: (id: string) => string | undefined): GoalCountWarning {
  const { goalLevels, goalCountRule } = settings;
  const level = levelName(goalLevels, excess.level) ?? excess.level;
  const body = excess.bodyId === null ? null : (bodyName(excess.bodyId) ?? t('goalSettings.count.unknownBody'));
  const params: MessageParams = { count: excess.count, max: excess.max, years: yearsText(excess.years), level, top: goalLevels[0]?.name ?? '', ...(body === null ? {} : { body }) };
  const messageKey: MessageKey =
    goalCountRule.kind === 'perLevel'
      ? body === null ? 'goalSettings.count.perLevelNoBody' : 'goalSettings.count.perLevel'
      : body === null ? 'goalSettings.count.totalWithTopNoBody' : 'goalSettings.count.totalWithTop';
  return { id: `${excess.level}/${excess.bodyId ?? ''}`, messageKey, params };
}

/**
 * One warning per body and level over the kommun's rule. `goals` are the document's own (countedGoals)
 * and, with the goal register, the goals of the same bodies in force in other documents.
 */
export function goalCountWarnings(
  goals: readonly CountedGoal[],
  settings: Pick<GoalSettings, 'goalLevels' | 'goalCountRule'>,
  bodyName: (id: string) => string | undefined,
): GoalCountWarning[] {
  return goalCountExcesses(goals, settings.goalCountRule, settings.goalLevels).map((excess) => warning(excess, settings, bodyName));
}
