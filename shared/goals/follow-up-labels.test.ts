import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { DEFAULT_FOLLOW_UP_PERIODS } from './follow-up';
import { asOfText, assessmentCountsText, assessmentLabel, followUpLabel } from './follow-up-labels';

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
