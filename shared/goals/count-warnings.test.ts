import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_SETTINGS } from '../domain/organisation-settings';
import { setLocale, t } from '../i18n';
import type { CountedGoal } from './count-rules';
import { countedAcrossDocuments, countedGoals, goalCountWarnings, yearsText } from './count-warnings';
import type { GoalData } from './model';

let serial = 0;
const goals = (n: number, level: string, bodyId: string | null, periodFrom: number | null = 2027, periodTo: number | null = 2027): CountedGoal[] =>
  Array.from({ length: n }, () => ({ id: `g${serial++}`, level, bodyId, periodFrom, periodTo }));
const names = new Map([['bun', 'Barn- och bildningsnämnden'], ['kf', 'Kommunfullmäktige']]);
const text = (all: CountedGoal[], settings = DEFAULT_ORGANISATION_SETTINGS) => goalCountWarnings(all, settings, (id) => names.get(id)).map((w) => t(w.messageKey, w.params));

describe('count warnings as people read them', () => {
  afterEach(() => setLocale('sv'));

  it('names the body, the level as the kommun names it, the years and the limit', () => {
    expect(text(goals(4, 'namnd', 'bun'))).toEqual(['Barn- och bildningsnämnden har 4 mål på nivån Nämnd / styrelse / bolag 2027 – högst 3 parallellt gällande.']);
    const renamed = { ...DEFAULT_ORGANISATION_SETTINGS, goalLevels: DEFAULT_ORGANISATION_SETTINGS.goalLevels.map((level) => (level.key === 'kf' ? { ...level, name: 'Koncernen' } : level)) };
    expect(text(goals(6, 'kf', 'kf', 2027, 2030), renamed)).toEqual(['Kommunfullmäktige har 6 mål på nivån Koncernen 2027–2030 – högst 5 parallellt gällande.']);
  });

  it("says seed 001's rule when the kommun counts the top level's goals in", () => {
    const total = { ...DEFAULT_ORGANISATION_SETTINGS, goalCountRule: { kind: 'totalWithTop', max: 7 } as const };
    expect(text([...goals(4, 'kf', 'kf'), ...goals(4, 'namnd', 'bun')], total)).toEqual([
      'Barn- och bildningsnämnden har 8 mål 2027 med målen på nivån Kommunfullmäktige inräknade – totalt högst 7 inklusive dem.',
    ]);
  });

  it('says when goals have no body or no period, and when a body is gone', () => {
    expect(text(goals(4, 'namnd', null, null, null))).toEqual(['Mål utan organ: 4 på nivån Nämnd / styrelse / bolag utan angiven period – högst 3 parallellt gällande.']);
    expect(text(goals(4, 'namnd', 'borta'))[0]).toMatch(/^Ett organ som inte finns längre har 4 mål/);
  });

  it('writes years as spans', () => {
    expect(yearsText([2027])).toBe('2027');
    expect(yearsText([2027, 2028, 2030])).toBe('2027–2028 och 2030');
    expect(yearsText([2027, 2029, 2031])).toBe('2027, 2029 och 2031');
    setLocale('en');
    expect(yearsText([2027, 2028, 2030])).toBe('2027–2028 and 2030');
  });

  it("counts a document's goals as its body's, and as their responsible body's in a document of none", () => {
    const goal = { id: 'g', title: '', level: 'namnd', parentGoalId: null, periodFrom: 2027, periodTo: 2028, responsibleBodyId: 'bun-f', agenda2030: [], indicators: [], viljeinriktningText: '' } satisfies GoalData;
    expect(countedGoals([goal], 'bun')).toEqual([{ id: 'g', level: 'namnd', bodyId: 'bun', periodFrom: 2027, periodTo: 2028 }]);
    expect(countedGoals([goal], null)[0]!.bodyId).toBe('bun-f');
  });
});

describe('counting across documents', () => {
  it('adds the goals in force in other documents to the draft, never the draft document\'s own entries', () => {
    const draft = [{ id: 'a', level: 'namnd', bodyId: 'bun', periodFrom: 2027, periodTo: 2030 }];
    const register = [
      { id: 'a', level: 'namnd', bodyId: 'bun', periodFrom: 2027, periodTo: 2030, documentId: 'this', version: 1 },
      { id: 'b', level: 'namnd', bodyId: 'bun', periodFrom: 2027, periodTo: 2028, documentId: 'other', version: 2 },
      { id: 'c', level: 'namnd', bodyId: 'bun', periodFrom: 2027, periodTo: 2028, documentId: 'other', version: null },
    ];
    expect(countedAcrossDocuments(draft, register, 'this').map((goal) => goal.id)).toEqual(['a', 'b']);
  });
});
