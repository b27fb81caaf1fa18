/**
 * How many goals a body may have in force at once, counted across every document of the kommun.
 * Seed 004: "max fem" kommunövergripande mål and "max tre mål som är parallellt gällande" per nämnd;
 * seed 001: the nämnd's goals "tillsammans med fullmäktigemålen ska totalt bli max 7". Both count
 * goals that are in force in the same year, so a goal for 2027 and one for 2028 are not parallel.
 * The checks warn, never block.
 */
import type { GoalLevelSetting } from './levels';

export type GoalCountRule =
  /** Most goals per level and body in any one year; null = no limit (seed 004). */
  | { kind: 'perLevel'; max: Record<string, number | null> }
  /** Most goals of a body below the top level in any one year, the top level's goals of that year included (seed 001). */
  | { kind: 'totalWithTop'; max: number };

export const DEFAULT_GOAL_COUNT_RULE: GoalCountRule = { kind: 'perLevel', max: { kf: 5, namnd: 3, forvaltning: null, enhet: null } };

/** What the count needs to know of a goal: its level, the body whose goal it is, and its years. */
export interface CountedGoal {
  id: string;
  level: string | null;
  bodyId: string | null;
  periodFrom: number | null;
  periodTo: number | null;
}

export interface GoalCountExcess {
  level: string;
  bodyId: string | null;
  /** The years in which the body has more goals than allowed, ascending; empty when no goal has a period. */
  years: number[];
  /** The most goals in force in one of those years. */
  count: number;
  max: number;
}

/** The years a goal is in force; a goal without a period counts in every year counted. */
function yearsOf(goal: CountedGoal, all: readonly number[]): number[] {
  const from = goal.periodFrom ?? goal.periodTo;
  const to = goal.periodTo ?? goal.periodFrom;
  if (from === null || to === null) return [...all];
  return all.filter((year) => year >= from && year <= to);
}

function countedYears(goals: readonly CountedGoal[]): number[] {
  const years = new Set<number>();
  for (const goal of goals) {
    const from = goal.periodFrom ?? goal.periodTo;
    const to = goal.periodTo ?? goal.periodFrom;
    // A reversed or absurdly long period is a typo the goal's own checks point out; it must not make the count loop for ever.
    if (from !== null && to !== null && to >= from && to - from <= 50) for (let year = from; year <= to; year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Where no goal has a period, every goal is counted under this one stand-in year. */
const NO_YEAR = 0;

function excess(level: string, bodyId: string | null, perYear: Map<number, number>, max: number): GoalCountExcess | null {
  const over = [...perYear].filter(([, count]) => count > max).sort(([a], [b]) => a - b);
  if (over.length === 0) return null;
  return { level, bodyId, years: over.map(([year]) => year).filter((year) => year !== NO_YEAR), count: Math.max(...over.map(([, count]) => count)), max };
}

const groupKey = (level: string, bodyId: string | null) => `${level}\u0000${bodyId ?? ''}`;

/**
 * Every body and level with more goals in force in some year than the rule allows. `goals` are the
 * goals in force in every document plus the draft being edited (the caller leaves out the fastställd
 * version of that same document, which the draft replaces).
 */
export function goalCountExcesses(goals: readonly CountedGoal[], rule: GoalCountRule, levels: readonly GoalLevelSetting[]): GoalCountExcess[] {
  const years = countedYears(goals);
  const perGroup = new Map<string, { level: string; bodyId: string | null; perYear: Map<number, number> }>();
  const known = new Set(levels.map((level) => level.key));
  for (const goal of goals) {
    // A level the kommun has since removed has no limit and is not below its top: such goals keep their key and count nowhere.
    if (goal.level === null || !known.has(goal.level)) continue;
    const key = groupKey(goal.level, goal.bodyId);
    let group = perGroup.get(key);
    if (!group) {
      group = { level: goal.level, bodyId: goal.bodyId, perYear: new Map() };
      perGroup.set(key, group);
    }
    for (const year of years.length ? yearsOf(goal, years) : [NO_YEAR]) group.perYear.set(year, (group.perYear.get(year) ?? 0) + 1);
  }
  const found: GoalCountExcess[] = [];
  if (rule.kind === 'perLevel') {
    for (const group of perGroup.values()) {
      const max = rule.max[group.level];
      if (max === null || max === undefined) continue;
      const over = excess(group.level, group.bodyId, group.perYear, max);
      if (over) found.push(over);
    }
    return found;
  }
  const top = levels[0]?.key;
  const topPerYear = new Map<number, number>();
  for (const group of perGroup.values()) {
    if (group.level !== top) continue;
    for (const [year, count] of group.perYear) topPerYear.set(year, (topPerYear.get(year) ?? 0) + count);
  }
  for (const group of perGroup.values()) {
    if (group.level === top) continue;
    const withTop = new Map([...group.perYear].map(([year, count]) => [year, count + (topPerYear.get(year) ?? topPerYear.get(NO_YEAR) ?? 0)]));
    const over = excess(group.level, group.bodyId, withTop, rule.max);
    if (over) found.push(over);
  }
  return found;
}
