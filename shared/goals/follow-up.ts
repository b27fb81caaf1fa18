/**
 * Following goals up through the year: the kommun's follow-up periods (a delårsrapport, the
 * årsredovisning), the assessment each goal gets at each, and the counts a nämnd reports
 * ("8 uppnås helt, 10 delvis, 0 ej av 18 nämndmål", seed 002).
 */

/** A follow-up the kommun holds every year, as of a day ("Delårsrapport per 31 augusti"). */
export interface FollowUpPeriodSetting {
  /** Stable key in stored data ('delarsrapport'); a–z, 0–9 and hyphens. */
  key: string;
  /** The kommun's own name for it. */
  name: string;
  /** The day it reports as of, 'MM-DD'. */
  asOf: string;
  /** Before the year is over an assessment is a helårsprognos (how the whole year will end), and says so. */
  forecast: boolean;
}

export const DEFAULT_FOLLOW_UP_PERIODS: readonly FollowUpPeriodSetting[] = [
  { key: 'delarsrapport', name: 'Delårsrapport', asOf: '08-31', forecast: true },
  { key: 'arsredovisning', name: 'Årsredovisning', asOf: '12-31', forecast: false },
];

const PERIOD_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isPeriodKey(value: string): boolean {
  return value.length <= 40 && PERIOD_KEY.test(value);
}

/** Whether 'MM-DD' names a day of the year (29 February included: it exists in some years). */
export function isDayOfYear(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/**
 * One follow-up of one year, as stored and sent: '2027-delarsrapport'. The year comes first so that
 * references sort by year, and the period's key cannot be mistaken for a year.
 */
export interface PeriodRef {
  year: number;
  key: string;
}

export function periodRefString(ref: PeriodRef): string {
  return `${ref.year}-${ref.key}`;
}

export function parsePeriodRef(value: string): PeriodRef | null {
  const match = /^(\d{4})-(.+)$/.exec(value);
  if (!match || !isPeriodKey(match[2]!)) return null;
  return { year: Number(match[1]), key: match[2]! };
}

/** "Delårsrapport 2027": a follow-up reference as people say it; a key the kommun no longer has shows as it is stored. */
export function periodLabel(ref: string, periods: readonly FollowUpPeriodSetting[]): string {
  const parsed = parsePeriodRef(ref);
  if (!parsed) return ref;
  const name = periods.find((period) => period.key === parsed.key)?.name ?? parsed.key;
  return `${name} ${parsed.year}`;
}

/** The periods of a year in the order they report (by their day). */
export function periodsInOrder(periods: readonly FollowUpPeriodSetting[]): FollowUpPeriodSetting[] {
  return [...periods].sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/**
 * Orders follow-up references by year, then by the day each period reports as of; a key the kommun no
 * longer has comes after its year's known ones.
 */
export function comparePeriodRefs(periods: readonly FollowUpPeriodSetting[]): (a: string, b: string) => number {
  const day = (key: string) => periods.find((period) => period.key === key)?.asOf ?? '99-99';
  return (a, b) => {
    const left = parsePeriodRef(a);
    const right = parsePeriodRef(b);
    if (!left || !right) return a.localeCompare(b);
    return left.year - right.year || day(left.key).localeCompare(day(right.key)) || left.key.localeCompare(right.key);
  };
}

export const ASSESSMENTS = ['helt', 'delvis', 'ej', 'ej_bedomd'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** The counts of one body's goals at one follow-up; a goal without an assessment yet counts as `saknas`. */
export interface AssessmentSummary {
  total: number;
  helt: number;
  delvis: number;
  ej: number;
  ejBedomd: number;
  /** Goals not assessed at all yet (an uppföljning is fastställd only when this is 0). */
  saknas: number;
}

export function summariseAssessments(assessments: ReadonlyArray<Assessment | null>): AssessmentSummary {
  const summary: AssessmentSummary = { total: assessments.length, helt: 0, delvis: 0, ej: 0, ejBedomd: 0, saknas: 0 };
  for (const assessment of assessments) {
    if (assessment === 'helt') summary.helt++;
    else if (assessment === 'delvis') summary.delvis++;
    else if (assessment === 'ej') summary.ej++;
    else if (assessment === 'ej_bedomd') summary.ejBedomd++;
    else summary.saknas++;
  }
  return summary;
}
