import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findFollowUpBlock, outcomeFigures, readFollowUp, seedFollowUp, setAssessment, setOutcomeFigure } from './follow-up-document';
import type { GoalData } from './model';

const goal: GoalData = {
  id: 'g1', title: 'Fler elever når kunskapskraven', level: 'namnd', parentGoalId: null, parentVersion: null, periodFrom: 2027, periodTo: 2030,
  responsibleBodyId: null, agenda2030: [4], viljeinriktningText: 'Alla elever ska lyckas.',
  indicators: [{
    id: 'i1', name: 'Behörighet till gymnasiet', method: '', source: '', unit: '%', baseline: '', baselineYear: 2025,
    baselineValues: { total: 82, women: 84, men: 80 }, targets: {}, targetValues: { '2027': { total: 85, women: null, men: null } }, genderSplit: true,
  }],
};

const period = { ref: '2027-delarsrapport', name: 'Delårsrapport', year: 2027, forecast: true };

describe('the uppföljning layout', () => {
  it('round-trips assessments and outcomes, and merges two people filling different figures', () => {
    const a = new Y.Doc();
    seedFollowUp(a, period, [{ goalId: 'g1', documentId: 'd1', version: 2, goal, parent: null }]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setAssessment(findFollowUpBlock(a, 'g1')!, 'delvis');
    setOutcomeFigure(outcomeFigures(findFollowUpBlock(a, 'g1')!, 'i1')!, 'women', 78);
    setOutcomeFigure(outcomeFigures(findFollowUpBlock(b, 'g1')!, 'i1')!, 'men', 71.5);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readFollowUp(b)).toEqual(readFollowUp(a));
    expect(readFollowUp(a)[0]).toMatchObject({ goalId: 'g1', version: 2, assessment: 'delvis', outcomes: { i1: { total: null, women: 78, men: 71.5, note: '' } } });
  });

  it('ignores values the layout does not allow, and blocks of the wrong shape', () => {
    const doc = new Y.Doc();
    seedFollowUp(doc, period, [{ goalId: 'g1', documentId: 'd1', version: 1, goal, parent: null }]);
    const block = findFollowUpBlock(doc, 'g1')!;
    setAssessment(block, 'kanske' as 'helt');
    setOutcomeFigure(outcomeFigures(block, 'i1')!, 'total', Number.NaN);
    (doc.getMap('fields').get('followUp') as Y.Array<Y.Map<unknown>>).push([new Y.Map()]);
    expect(readFollowUp(doc)).toHaveLength(1);
    expect(readFollowUp(doc)[0]).toMatchObject({ assessment: null, outcomes: { i1: { total: null } } });
  });
});
