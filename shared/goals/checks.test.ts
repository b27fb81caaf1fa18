import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_SETTINGS } from '../domain/organisation-settings';
import { t } from '../i18n';
import { goalHints as hintsWith, type HintSettings } from './checks';
import type { GoalData, IndicatorData } from './model';

const defaults: HintSettings = DEFAULT_ORGANISATION_SETTINGS;
const parentRule: HintSettings = { ...defaults, requireParentGoal: true };
const goalHints = (goal: GoalData, settings = defaults) => hintsWith(goal, settings);

const figures = (total: number | null) => ({ total, women: null, men: null });
const indicator = (over: Partial<IndicatorData> = {}): IndicatorData => ({
  id: 'i1', name: 'Andel i arbete', method: 'SCB', source: 'Kolada', unit: '%', baseline: '', baselineYear: 2025,
  baselineValues: figures(72), targets: {}, targetValues: { '2027': figures(75) }, genderSplit: true, ...over,
});

/** A goal that passes every check. */
const complete = (over: Partial<GoalData> = {}): GoalData => ({
  id: 'g1', title: 'Fler i arbete', level: 'namnd', parentGoalId: 'kf1', periodFrom: 2024, periodTo: 2027,
  responsibleBodyId: 'b1', agenda2030: [8], indicators: [indicator()],
  viljeinriktningText: 'Fler ska kunna försörja sig själva.', ...over,
});

const codes = (goal: GoalData, settings = defaults) => goalHints(goal, settings).map((hint) => hint.code);

describe('goalHints', () => {
  it('gives no hints for a complete goal', () => {
    expect(goalHints(complete())).toEqual([]);
  });

  it('flags a missing title', () => {
    expect(goalHints(complete({ title: '  ' }))).toEqual([
      { code: 'title-missing', criterion: 'specifik', messageKey: 'goal.hint.titleMissing', severity: 'warning' },
    ]);
  });

  it('flags a missing viljeinriktning as not specific', () => {
    const [hint] = goalHints(complete({ viljeinriktningText: '' }));
    expect(hint).toMatchObject({ code: 'viljeinriktning-missing', criterion: 'specifik' });
  });

  it('flags a goal without indicators as not measurable', () => {
    const [hint] = goalHints(complete({ indicators: [] }));
    expect(hint).toMatchObject({ code: 'indicators-missing', criterion: 'matbar' });
    expect(t(hint!.messageKey)).toBe('Inget mått angivet – målet är inte mätbart.');
  });

  it('flags an indicator without baseline, naming the indicator', () => {
    const [hint] = goalHints(complete({ indicators: [indicator({ baselineValues: figures(null) })] }));
    expect(hint).toMatchObject({ code: 'indicator-baseline-missing', criterion: 'matbar', indicatorId: 'i1' });
    expect(t(hint!.messageKey, hint!.params)).toBe('Måttet Andel i arbete saknar utgångsvärde.');
  });

  it('counts a baseline or target by its figures: a note alone is no value, and says so', () => {
    const [baseline] = goalHints(complete({ indicators: [indicator({ baselineValues: figures(null), baseline: 'ca 70 % enligt enkäten' })] }));
    expect(baseline).toMatchObject({ code: 'indicator-baseline-missing', messageKey: 'indicator.hint.baselineOnlyNote' });
    expect(t(baseline!.messageKey, baseline!.params)).toBe('Måttet Andel i arbete har en anteckning om utgångsvärdet men inget värde – skriv värdet som ett tal.');
    const [target] = goalHints(complete({ indicators: [indicator({ targetValues: {}, targets: { '2027': 'öka' } })] }));
    expect(target).toMatchObject({ code: 'indicator-target-missing', messageKey: 'indicator.hint.targetOnlyNote' });
    // Kvinnor and män without totalt are values too.
    expect(codes(complete({ indicators: [indicator({ baselineValues: { total: null, women: 70, men: 74 } })] }))).toEqual([]);
  });

  it('asks for the baseline year when there is a value', () => {
    expect(codes(complete({ indicators: [indicator({ baselineYear: null })] }))).toEqual(['indicator-baseline-year-missing']);
  });

  it('flags an indicator without any target', () => {
    expect(codes(complete({ indicators: [indicator({ targetValues: {} })] }))).toEqual(['indicator-target-missing']);
    expect(codes(complete({ indicators: [indicator({ targetValues: { '2027': figures(null) }, targets: { '2027': ' ' } })] }))).toEqual(['indicator-target-missing']);
  });

  it('flags an indicator without a name', () => {
    expect(codes(complete({ indicators: [indicator({ name: '' })] }))).toEqual(['indicator-name-missing']);
  });

  it('suggests, more softly, gender-split indicators', () => {
    const [hint] = goalHints(complete({ indicators: [indicator({ genderSplit: false })] }));
    expect(hint).toMatchObject({ code: 'indicator-not-gender-split', severity: 'suggestion', indicatorId: 'i1' });
  });

  it('flags a missing period as not time-bound; one year alone is a period', () => {
    const [hint] = goalHints(complete({ periodFrom: null, periodTo: null }));
    expect(hint).toMatchObject({ code: 'period-missing', criterion: 'tidsbegransad' });
    expect(codes(complete({ periodFrom: 2026, periodTo: null }))).toEqual([]);
  });

  it('flags a period that ends before it begins', () => {
    expect(codes(complete({ periodFrom: 2027, periodTo: 2024 }))).toEqual(['period-reversed']);
  });

  it('flags a missing responsible body as not ansvarsfördelad', () => {
    const [hint] = goalHints(complete({ responsibleBodyId: null }));
    expect(hint).toMatchObject({ code: 'responsible-missing', criterion: 'ansvarsfordelad' });
  });

  it('asks for no parent goal by default (seed 004: not every KF goal is broken down)', () => {
    for (const level of ['kf', 'namnd', 'forvaltning', 'enhet']) expect(codes(complete({ level, parentGoalId: null }))).toEqual([]);
  });

  it('with the parent rule on, flags a goal below the top level without a parent, not one at the top', () => {
    expect(codes(complete({ parentGoalId: null }), parentRule)).toEqual(['parent-missing']);
    expect(codes(complete({ level: 'enhet', parentGoalId: null }), parentRule)).toEqual(['parent-missing']);
    expect(codes(complete({ level: 'kf', parentGoalId: null }), parentRule)).toEqual([]);
    expect(codes(complete({ level: 'namnd' }), parentRule)).toEqual([]);
  });

  it("follows the kommun's own order of levels, and leaves a goal of no or an unknown level alone", () => {
    const own = { requireParentGoal: true, goalLevels: [{ key: 'namnd', name: 'Nämnd', goalName: 'Nämndmål' }, { key: 'kf', name: 'KF', goalName: 'KF-mål' }] };
    expect(codes(complete({ level: 'namnd', parentGoalId: null }), own)).toEqual([]);
    expect(codes(complete({ level: 'kf', parentGoalId: null }), own)).toEqual(['parent-missing']);
    expect(codes(complete({ level: null, parentGoalId: null }), parentRule)).toEqual([]);
    expect(codes(complete({ level: 'borttagen', parentGoalId: null }), parentRule)).toEqual([]);
  });

  it('suggests a link to Agenda 2030', () => {
    expect(goalHints(complete({ agenda2030: [] }))).toEqual([
      expect.objectContaining({ code: 'agenda2030-missing', severity: 'suggestion' }),
    ]);
  });

  it('every hint has a Swedish message', () => {
    const empty = complete({
      title: '', viljeinriktningText: '', periodFrom: null, periodTo: null, responsibleBodyId: null,
      parentGoalId: null, agenda2030: [], indicators: [indicator({ name: '', baselineValues: figures(null), targetValues: {}, genderSplit: false })],
    });
    const hints = goalHints(empty, parentRule);
    expect(hints).toHaveLength(10);
    for (const hint of hints) expect(t(hint.messageKey, hint.params)).not.toMatch(/[{}]/);
  });
});
