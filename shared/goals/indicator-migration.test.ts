import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FIGURES_VERSION } from './indicator-figures';
import { migrateIndicatorFigures, needsFiguresMigration } from './indicator-migration';
import { oldDocument } from '../../test/helpers/old-indicators';
import { addGoal, addIndicator, readGoals, type IndicatorData } from './model';

const indicators = (doc: Y.Doc): IndicatorData[] => readGoals(doc)[0]!.indicators;
const figures = (indicator: IndicatorData) => {
  const { unit, baseline, baselineYear, baselineValues, targets, targetValues } = indicator;
  return { unit, baseline, baselineYear, baselineValues, targets, targetValues };
};
const total = (value: number | null) => ({ total: value, women: null, men: null });

function copy(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
}

describe('migrating free-text baselines and targets to figures', () => {
  it('reads "12,5 % (2025)" as 12,5 in the unit % from 2025, and drops the text only when the figures say the same', () => {
    const doc = oldDocument([{ baseline: '12,5 % (2025)', targets: { '2027': '40 %', '2028': '45 % (delmål)', '2029': '50' } }]);
    expect(needsFiguresMigration(doc)).toBe(true);
    migrateIndicatorFigures(doc);
    expect(figures(indicators(doc)[0]!)).toEqual({
      unit: '%',
      baseline: '',
      baselineYear: 2025,
      baselineValues: total(12.5),
      // "50" is shown as "50 %": the unit is the indicator's, so the bare number's text goes too.
      targets: { '2028': '45 % (delmål)', '2029': '50' },
      targetValues: { '2027': total(40), '2029': total(50) },
    });
    expect(needsFiguresMigration(doc)).toBe(false);
  });

  it('keeps the text as the note whenever it says more or differently than the figures', () => {
    const doc = oldDocument([
      { baseline: '2025: 34 %' },
      { baseline: 'ca 30 % enligt enkäten', targets: { '2027': 'öka' } },
      { baseline: '340 kr år 2024', targets: { '2027': '2 %', '2028': '320 kr' } },
      { baseline: '1 234,567 (2023)' },
    ]);
    migrateIndicatorFigures(doc);
    const [first, second, third, fourth] = indicators(doc).map(figures);
    expect(first).toEqual({ unit: '%', baseline: '2025: 34 %', baselineYear: 2025, baselineValues: total(34), targets: {}, targetValues: {} });
    expect(second).toEqual({ unit: '', baseline: 'ca 30 % enligt enkäten', baselineYear: null, baselineValues: total(null), targets: { '2027': 'öka' }, targetValues: {} });
    // A target in another unit than the indicator's is not a figure of it.
    expect(third).toEqual({ unit: 'kr', baseline: '340 kr år 2024', baselineYear: 2024, baselineValues: total(340), targets: { '2027': '2 %' }, targetValues: { '2028': total(320) } });
    // Shown with two decimals the figure would say less than the text did.
    expect(fourth).toMatchObject({ baseline: '1 234,567 (2023)', baselineYear: 2023, baselineValues: total(1234.567) });
  });

  it('loses no character: every text is either still the note or exactly what the figures show', () => {
    const texts = ['12,5 % (2025)', '12,5%(2025)', '−3,2', '-3,2', '1 234', '72 % (år 2023)', 'Ny mätning 2026', '', '  ', '12,5 %, källa SCB'];
    const doc = oldDocument(texts.map((baseline) => ({ baseline })));
    migrateIndicatorFigures(doc);
    indicators(doc).forEach((indicator, index) => {
      const text = texts[index]!;
      if (indicator.baseline === text) return;
      expect(indicator.baseline, text).toBe('');
      const value = indicator.baselineValues.total;
      expect(value, text).not.toBeNull();
      const squash = (s: string) => s.replace(/\s+/gu, '').replace(/[−–]/gu, '-');
      const shown = `${String(value).replace('.', ',')}${indicator.unit}${indicator.baselineYear === null ? '' : `(${indicator.baselineYear})`}`;
      expect(squash(shown), text).toBe(squash(text));
    });
    expect(indicators(doc).map((indicator) => indicator.baselineValues.total)).toEqual([12.5, 12.5, -3.2, -3.2, 1234, 72, null, null, null, null]);
  });

  it('runs once: a second run changes nothing, and new indicators are never migrated', () => {
    const doc = oldDocument([{ baseline: '12,5 % (2025)', targets: { '2027': '40 %' } }]);
    migrateIndicatorFigures(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    migrateIndicatorFigures(doc);
    expect(updates).toEqual([]);

    const fresh = new Y.Doc();
    addIndicator(addGoal(fresh), { name: 'Andel behöriga' });
    expect(needsFiguresMigration(fresh)).toBe(false);
    expect(fresh.getMap('fields').toJSON().goals[0].indicators[0].figuresVersion).toBe(FIGURES_VERSION);
  });

  it('gives the same result when two places migrate the same old state at once', () => {
    const old = oldDocument([{ baseline: '2025: 34 %', targets: { '2027': '40 %', '2028': 'minst 45 %' }, genderSplit: true }]);
    const a = copy(old);
    const b = copy(old);
    migrateIndicatorFigures(a);
    migrateIndicatorFigures(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const expected = { unit: '%', baseline: '2025: 34 %', baselineYear: 2025, baselineValues: total(34), targets: { '2028': 'minst 45 %' }, targetValues: { '2027': total(40) } };
    expect(figures(indicators(a)[0]!)).toEqual(expected);
    expect(figures(indicators(b)[0]!)).toEqual(expected);
    expect(indicators(a)[0]!.genderSplit).toBe(true);
  });

  it('leaves a document without goals or indicators alone', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('body');
    expect(needsFiguresMigration(doc)).toBe(false);
    migrateIndicatorFigures(doc);
    expect(doc.getMap('fields').has('goals')).toBe(false);
  });
});
