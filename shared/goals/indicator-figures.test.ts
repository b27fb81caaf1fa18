import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setBaselineValue, setBaselineYear, setTargetValue } from './indicator-figures';
import { addGoal, addIndicator, applyTextChange, findGoal, findIndicator, readGoals } from './model';

function replicas(): { a: Y.Doc; b: Y.Doc; indicatorA: Y.Map<unknown>; indicatorB: Y.Map<unknown> } {
  const a = new Y.Doc();
  const goal = addGoal(a, { title: 'Fler i arbete' });
  const indicatorA = addIndicator(goal, { name: 'Andel i arbete' });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const indicatorB = findIndicator(findGoal(b, goal.get('id') as string)!, indicatorA.get('id') as string)!;
  return { a, b, indicatorA, indicatorB };
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('an indicator’s figures', () => {
  it('reads the unit, the baseline and targets per year for totalt, kvinnor and män', () => {
    const { a, indicatorA } = replicas();
    applyTextChange(indicatorA.get('unit') as Y.Text, '%');
    setBaselineYear(indicatorA, 2025);
    setBaselineValue(indicatorA, 'total', 12.5);
    setBaselineValue(indicatorA, 'women', 13);
    setTargetValue(indicatorA, '2028', 'total', 40);
    setTargetValue(indicatorA, '2027', 'men', 30.5);
    expect(readGoals(a)[0]!.indicators[0]).toMatchObject({
      unit: '%',
      baselineYear: 2025,
      baselineValues: { total: 12.5, women: 13, men: null },
      targetValues: { '2027': { total: null, women: null, men: 30.5 }, '2028': { total: 40, women: null, men: null } },
    });
    expect(Object.keys(readGoals(a)[0]!.indicators[0]!.targetValues)).toEqual(['2027', '2028']);
  });

  it('removes a value given as null and never stores what is not a finite number or a year', () => {
    const { a, indicatorA } = replicas();
    setTargetValue(indicatorA, '2027', 'total', 40);
    setTargetValue(indicatorA, '2027', 'total', null);
    setBaselineValue(indicatorA, 'total', Number.NaN);
    setBaselineValue(indicatorA, 'men', Number.POSITIVE_INFINITY);
    setTargetValue(indicatorA, '__proto__', 'total', 1);
    setBaselineYear(indicatorA, 25);
    const [indicator] = readGoals(a)[0]!.indicators;
    expect(indicator).toMatchObject({ baselineYear: null, baselineValues: { total: null, women: null, men: null }, targetValues: {} });
    expect((indicatorA.get('targetValues') as Y.Map<unknown>).size).toBe(0);
  });

  it('keeps both figures when two people give the first values of one year at once', () => {
    const { a, b, indicatorA, indicatorB } = replicas();
    setTargetValue(indicatorA, '2027', 'women', 42);
    setTargetValue(indicatorB, '2027', 'men', 38);
    setBaselineValue(indicatorA, 'total', 12.5);
    setBaselineYear(indicatorB, 2025);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readGoals(doc)[0]!.indicators[0]).toMatchObject({
        baselineYear: 2025,
        baselineValues: { total: 12.5 },
        targetValues: { '2027': { total: null, women: 42, men: 38 } },
      });
    }
  });
});
