import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { DEFAULT_FOLLOW_UP_PERIODS } from './follow-up';
import { asOfText, assessmentLabel, followUpLabel } from './follow-up-labels';

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
