import { describe, expect, it } from 'vitest';
import { comparePeriodRefs, DEFAULT_FOLLOW_UP_PERIODS, isDayOfYear, periodLabel, isPeriodKey, parsePeriodRef, periodRefString, periodsInOrder, summariseAssessments } from './follow-up';

describe('follow-up periods and assessments', () => {
  it('names one follow-up of one year as "2027-delarsrapport", and reads it back', () => {
    expect(periodRefString({ year: 2027, key: 'delarsrapport' })).toBe('2027-delarsrapport');
    expect(parsePeriodRef('2027-delarsrapport')).toEqual({ year: 2027, key: 'delarsrapport' });
    expect(parsePeriodRef('2027-per-30-april')).toEqual({ year: 2027, key: 'per-30-april' });
    for (const bad of ['delarsrapport', '27-delarsrapport', '2027-', '2027-Delår', '2027-a_b', '2027--x']) expect(parsePeriodRef(bad)).toBeNull();
  });

  it('takes keys of a–z, digits and single hyphens, and days that exist in some year', () => {
    expect(isPeriodKey('t1')).toBe(true);
    expect(isPeriodKey('a'.repeat(41))).toBe(false);
    expect(isDayOfYear('02-29')).toBe(true);
    expect(isDayOfYear('04-31')).toBe(false);
    expect(isDayOfYear('13-01')).toBe(false);
    expect(isDayOfYear('8-31')).toBe(false);
  });

  it('defaults to a delårsrapport per 31 augusti (a helårsprognos) and the årsredovisning per 31 december', () => {
    expect(DEFAULT_FOLLOW_UP_PERIODS.map((p) => [p.name, p.asOf, p.forecast])).toEqual([
      ['Delårsrapport', '08-31', true],
      ['Årsredovisning', '12-31', false],
    ]);
    const seed002 = [
      { key: 'oktober', name: 'Prognos per 31/10', asOf: '10-31', forecast: true },
      { key: 'mars', name: 'Prognos per 31/3', asOf: '03-31', forecast: true },
    ];
    expect(periodsInOrder(seed002).map((p) => p.key)).toEqual(['mars', 'oktober']);
  });

  it('counts assessments as a nämnd reports them, with the goals not yet assessed apart', () => {
    const assessments = [...Array(8).fill('helt'), ...Array(10).fill('delvis'), 'ej_bedomd', null] as const;
    expect(summariseAssessments(assessments)).toEqual({ total: 20, helt: 8, delvis: 10, ej: 0, ejBedomd: 1, saknas: 1 });
    expect(summariseAssessments([])).toEqual({ total: 0, helt: 0, delvis: 0, ej: 0, ejBedomd: 0, saknas: 0 });
  });
});

describe('the order and names of follow-ups', () => {
  it('names a follow-up as people say it', () => {
    expect(periodLabel('2027-delarsrapport', DEFAULT_FOLLOW_UP_PERIODS)).toBe('Delårsrapport 2027');
    expect(periodLabel('2027-tertial', DEFAULT_FOLLOW_UP_PERIODS)).toBe('tertial 2027');
  });

  it('goes by year, then by the day each period reports as of', () => {
    const refs = ['2028-delarsrapport', '2027-arsredovisning', '2027-okand', '2027-delarsrapport'];
    expect(refs.sort(comparePeriodRefs(DEFAULT_FOLLOW_UP_PERIODS))).toEqual(['2027-delarsrapport', '2027-arsredovisning', '2027-okand', '2028-delarsrapport']);
  });
});
