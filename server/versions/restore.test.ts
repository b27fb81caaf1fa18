import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setBaselineValue, setBaselineYear, setTargetValue } from '../../shared/goals/indicator-figures';
import { addGoal, addIndicator, applyTextChange, readGoals } from '../../shared/goals/model';
import { oldDocument } from '../../test/helpers/old-indicators';
import { restoreContent } from './restore';

describe('restoring a revision’s goals', () => {
  it('brings back the indicators’ figures and notes', () => {
    const revision = new Y.Doc();
    const indicator = addIndicator(addGoal(revision, { title: 'Fler i arbete' }), { name: 'Andel i arbete' });
    applyTextChange(indicator.get('unit') as Y.Text, '%');
    applyTextChange(indicator.get('baseline') as Y.Text, 'enligt SCB');
    setBaselineYear(indicator, 2025);
    setBaselineValue(indicator, 'women', 70);
    setTargetValue(indicator, '2027', 'total', 75.5);
    const draft = new Y.Doc();
    restoreContent(draft, Y.encodeStateAsUpdate(revision));
    expect(readGoals(draft)).toEqual(readGoals(revision));
  });

  it('gives a revision from before figures its figures, as loading its document would', () => {
    const draft = new Y.Doc();
    restoreContent(draft, Y.encodeStateAsUpdate(oldDocument([{ baseline: '12,5 % (2025)', targets: { '2027': 'minst 40 %' } }])));
    expect(readGoals(draft)[0]!.indicators[0]).toMatchObject({
      unit: '%', baseline: '', baselineYear: 2025, baselineValues: { total: 12.5 }, targets: { '2027': 'minst 40 %' }, targetValues: {},
    });
  });
});
