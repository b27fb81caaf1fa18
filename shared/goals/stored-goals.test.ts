import { describe, expect, it } from 'vitest';
import { storedGoals } from './stored-goals';

describe('goals as a version stored them', () => {
  it('reads an indicator locked before figures as one without figures, its texts as they were', () => {
    const before = [{
      id: 'g1', title: 'Fler i arbete', level: 'namnd', parentGoalId: null, periodFrom: 2027, periodTo: 2030, responsibleBodyId: null,
      agenda2030: [8], viljeinriktningText: '', indicators: [{ id: 'i1', name: 'Andel i arbete', method: '', source: 'SCB', baseline: '72 % (2025)', targets: { '2027': '75 %' }, genderSplit: true }],
    }];
    expect(storedGoals(before)[0]!.indicators[0]).toEqual({
      id: 'i1', name: 'Andel i arbete', method: '', source: 'SCB', baseline: '72 % (2025)', targets: { '2027': '75 %' }, genderSplit: true,
      unit: '', baselineYear: null, baselineValues: { total: null, women: null, men: null }, targetValues: {},
    });
  });

  it('keeps the figures of a version locked with them', () => {
    const indicator = {
      id: 'i1', name: 'Andel i arbete', method: '', source: 'SCB', baseline: '', targets: {}, genderSplit: false,
      unit: '%', baselineYear: 2025, baselineValues: { total: 72, women: null, men: null }, targetValues: { '2027': { total: 75, women: null, men: null } },
    };
    const goal = { id: 'g1', title: '', level: null, parentGoalId: null, periodFrom: null, periodTo: null, responsibleBodyId: null, agenda2030: [], viljeinriktningText: '', indicators: [indicator] };
    expect(storedGoals([goal])).toEqual([goal]);
  });
});
