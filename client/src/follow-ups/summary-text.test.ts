import { describe, expect, it } from 'vitest';
import { summariseAssessments } from '../../../shared/goals/follow-up';
import { DEFAULT_GOAL_LEVELS } from '../../../shared/goals/levels';
import { compactSummary, goalNoun, summarySentences } from './summary-text';

describe("an uppföljning's counts", () => {
  it('reads as a nämnd reports them, naming what cannot be assessed and what lacks an assessment only when there is any', () => {
    const summary = summariseAssessments([...Array(8).fill('helt'), ...Array(10).fill('delvis')]);
    expect(summarySentences(summary, goalNoun(DEFAULT_GOAL_LEVELS, Array(18).fill('namnd')))).toEqual(['8 uppnås helt, 10 delvis, 0 ej av 18 nämndmål']);
    expect(summarySentences(summariseAssessments(['helt', 'ej_bedomd', null, null]), 'mål')).toEqual(['1 uppnås helt, 0 delvis, 0 ej av 4 mål', '1 kan inte bedömas', '2 saknar bedömning']);
  });

  it("calls the goals what the kommun calls its level's goals when they share one, and plain mål when they do not", () => {
    expect(goalNoun(DEFAULT_GOAL_LEVELS, ['kf', 'kf'])).toBe('kommunövergripande mål');
    expect(goalNoun([{ key: 'namnd', name: 'Nämnd', goalName: 'Prioriterade mål' }], ['namnd'])).toBe('prioriterade mål');
    expect(goalNoun(DEFAULT_GOAL_LEVELS, ['namnd', 'forvaltning'])).toBe('mål');
    expect(goalNoun(DEFAULT_GOAL_LEVELS, ['borttagen'])).toBe('mål');
    expect(goalNoun(DEFAULT_GOAL_LEVELS, [])).toBe('mål');
  });

  it('is short in a row of the document list', () => {
    expect(compactSummary(summariseAssessments(['helt', 'helt', 'helt', 'delvis', null]))).toBe('3 helt · 1 delvis · 0 ej av 5');
  });
});
