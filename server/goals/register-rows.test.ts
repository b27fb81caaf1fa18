import { describe, expect, it } from 'vitest';
import type { GoalData } from '../../shared/goals/model';
import { registerRows, unchangedSince } from './register-rows';

const goal = (id: string, title: string, over: Partial<GoalData> = {}): GoalData => ({
  id, title, level: 'kf', parentGoalId: null, parentVersion: null, periodFrom: 2027, periodTo: 2030, responsibleBodyId: null, agenda2030: [], indicators: [], viljeinriktningText: '', ...over,
});
const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';

describe('register rows', () => {
  it('lists the draft in its order, then goals in force that the draft removed', () => {
    const rows = registerRows([goal(b, 'B nu')], { number: 2, goals: [goal(a, 'A'), goal(b, 'B då')] }, () => 2);
    expect(rows.map((row) => [row.goalId, row.title, row.position, row.draft !== null, row.version])).toEqual([
      [b, 'B nu', 0, true, 2],
      [a, 'A', 1, false, 2],
    ]);
  });

  it('registers only UUIDs, and the first goal with an id', () => {
    const rows = registerRows([goal('x', 'Inget id'), goal(a, 'Först'), goal(a, 'Kopia')], null, () => null);
    expect(rows.map((row) => row.title)).toEqual(['Först']);
    expect(rows[0]).toMatchObject({ version: null, inForce: null, unchangedSince: null });
  });

  it('finds the earliest version a goal has stood unchanged since, a field older versions lack counting as empty', () => {
    const { parentVersion: _, ...old } = goal(a, 'A');
    const versions = [
      { number: 3, goals: [goal(a, 'A')] },
      { number: 2, goals: [old as GoalData] },
      { number: 1, goals: [goal(a, 'A före')] },
    ];
    expect(unchangedSince(a, versions)).toBe(2);
    expect(unchangedSince(b, versions)).toBeNull();
  });
});
