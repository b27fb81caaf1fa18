import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { DEFAULT_FOLLOW_UP_PERIODS, summariseAssessments } from './follow-up';
import { DEFAULT_GOAL_LEVELS } from './levels';
import { asOfText, assessmentCountsText, assessmentLabel, compactSummary, followUpLabel, goalNoun, summarySentences } from './follow-up-labels';

describe('labels of follow-up periods and their assessments', () => {
  afterEach(() => setLocale('sv'));
  const [delarsrapport, arsredovisning] = DEFAULT_FOLLOW_UP_PERIODS;

  it('labels an assessment at a period with a forecast "Helårsprognos", one at the year\'s end "Bedömning"', () => {
    expect(assessmentLabel(delarsrapport!)).toBe('Helårsprognos');
    expect(assessmentLabel(arsredovisning!)).toBe('Bedömning');
    expect(assessmentLabel({ forecast: true })).toBe('Helårsprognos');
    setLocale('en');
    expect(assessmentLabel(delarsrapport!)).toBe('Full-year forecast');
  });

  it('names a period with its day the Swedish way', () => {
    expect(followUpLabel(delarsrapport!)).toBe('Delårsrapport per 31 augusti');
    expect(followUpLabel({ name: 'Tertialrapport', asOf: '04-30' })).toBe('Tertialrapport per 30 april');
    expect(asOfText('02-29')).toBe('29 februari');
    expect(asOfText('02-30')).toBeNull();
    expect(followUpLabel({ name: 'Trasig', asOf: '13-01' })).toBe('Trasig per 13-01');
  });
});

describe('the counts of a follow-up', () => {
  it('reads as a nämnd reports it, naming the goals not assessed only when there are any', () => {
    expect(assessmentCountsText({ total: 18, helt: 8, delvis: 10, ej: 0, ejBedomd: 0, saknas: 0 })).toBe('8 uppnås helt, 10 delvis, 0 ej av 18 mål');
    expect(assessmentCountsText({ total: 5, helt: 1, delvis: 1, ej: 1, ejBedomd: 1, saknas: 1 })).toBe('1 uppnås helt, 1 delvis, 1 ej av 5 mål (1 kan inte bedömas, 1 saknar bedömning)');
  });
});

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
