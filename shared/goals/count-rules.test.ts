import { describe, expect, it } from 'vitest';
import { DEFAULT_GOAL_COUNT_RULE, goalCountExcesses, type CountedGoal } from './count-rules';
import { DEFAULT_GOAL_LEVELS } from './levels';

let serial = 0;
const goals = (n: number, level: string, bodyId: string | null, periodFrom: number | null = 2027, periodTo: number | null = 2030): CountedGoal[] =>
  Array.from({ length: n }, () => ({ id: `g${serial++}`, level, bodyId, periodFrom, periodTo }));

describe('how many goals a body has in force at once, across documents', () => {
  it('counts each level per body, so two nämnder with three goals each are both within seed 004', () => {
    const all = [...goals(5, 'kf', 'kf'), ...goals(3, 'namnd', 'bun'), ...goals(3, 'namnd', 'sn')];
    expect(goalCountExcesses(all, DEFAULT_GOAL_COUNT_RULE, DEFAULT_GOAL_LEVELS)).toEqual([]);
  });

  it('names the body, the years and the count when a level has too many', () => {
    const all = [...goals(6, 'kf', 'kf'), ...goals(3, 'namnd', 'bun'), ...goals(1, 'namnd', 'bun', 2029, 2029)];
    expect(goalCountExcesses(all, DEFAULT_GOAL_COUNT_RULE, DEFAULT_GOAL_LEVELS)).toEqual([
      { level: 'kf', bodyId: 'kf', years: [2027, 2028, 2029, 2030], count: 6, max: 5 },
      { level: 'namnd', bodyId: 'bun', years: [2029], count: 4, max: 3 },
    ]);
  });

  it('does not count goals of different years as parallel', () => {
    const all = [...goals(3, 'namnd', 'bun', 2027, 2027), ...goals(3, 'namnd', 'bun', 2028, 2028)];
    expect(goalCountExcesses(all, DEFAULT_GOAL_COUNT_RULE, DEFAULT_GOAL_LEVELS)).toEqual([]);
  });

  it('counts a goal without a period in every year, and a goal with one year given as that year', () => {
    const all = [...goals(3, 'namnd', 'bun', 2027, 2028), ...goals(1, 'namnd', 'bun', null, null), ...goals(1, 'namnd', 'sn', null, 2027)];
    expect(goalCountExcesses(all, DEFAULT_GOAL_COUNT_RULE, DEFAULT_GOAL_LEVELS)).toEqual([{ level: 'namnd', bodyId: 'bun', years: [2027, 2028], count: 4, max: 3 }]);
    expect(goalCountExcesses(goals(4, 'namnd', 'bun', null, null), DEFAULT_GOAL_COUNT_RULE, DEFAULT_GOAL_LEVELS)).toEqual([
      { level: 'namnd', bodyId: 'bun', years: [], count: 4, max: 3 },
    ]);
  });

  it('under seed 001\'s rule counts KF\'s goals of the same years into each nämnd\'s seven', () => {
    const rule = { kind: 'totalWithTop', max: 7 } as const;
    const all = [...goals(4, 'kf', 'kf'), ...goals(3, 'namnd', 'bun'), ...goals(4, 'namnd', 'sn', 2028, 2028)];
    expect(goalCountExcesses(all, rule, DEFAULT_GOAL_LEVELS)).toEqual([{ level: 'namnd', bodyId: 'sn', years: [2028], count: 8, max: 7 }]);
  });

  it('leaves goals without a level, and levels without a limit, uncounted; a reversed period does not hang the count', () => {
    const all = [...goals(9, 'forvaltning', 'bun-f'), ...goals(9, null as unknown as string, 'bun'), ...goals(2, 'namnd', 'bun', 2030, 1000)];
    expect(goalCountExcesses(all, DEFAULT_GOAL_COUNT_RULE, DEFAULT_GOAL_LEVELS)).toEqual([]);
  });

  it('counts no goal of a level the kommun has removed, under either rule', () => {
    const all = [...goals(4, 'kf', 'kf'), ...goals(9, 'kontor', 'bun')];
    expect(goalCountExcesses(all, { kind: 'perLevel', max: { kontor: 3 } }, DEFAULT_GOAL_LEVELS)).toEqual([]);
    expect(goalCountExcesses(all, { kind: 'totalWithTop', max: 7 }, DEFAULT_GOAL_LEVELS)).toEqual([]);
  });
});
