/** How a follow-up period and the assessments made at it are labelled, for every view that shows them. */
import { currentLocale, t } from '../i18n';
import type { AssessmentSummary, FollowUpPeriodSetting } from './follow-up';
import type { GoalLevelSetting } from './levels';

/**
 * "Helårsprognos" for an assessment at a period before the year is over (a delårsrapport: how the whole
 * year is expected to end), "Bedömning" for one at its end.
 */
export function assessmentLabel(period: Pick<FollowUpPeriodSetting, 'forecast'>): string {
  return t(period.forecast ? 'goalSettings.assessment.forecast' : 'goalSettings.assessment.outcome');
}

/** "31 augusti" for '08-31' (in a leap year, so that '02-29' is a day too); null for no day of the year. */
export function asOfText(asOf: string): string | null {
  const match = /^(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return null;
  const date = new Date(Date.UTC(2024, Number(match[1]) - 1, Number(match[2])));
  if (date.getUTCMonth() !== Number(match[1]) - 1) return null;
  return new Intl.DateTimeFormat(currentLocale() === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** "Delårsrapport per 31 augusti". */
export function followUpLabel(period: Pick<FollowUpPeriodSetting, 'name' | 'asOf'>): string {
  return t('goalSettings.period.label', { name: period.name, asOf: asOfText(period.asOf) ?? period.asOf });
}

/** What the goals are called in the count, as the kommun names its levels' goals ("nämndmål"); plain "mål" when levels mix. */
export function goalNoun(levels: readonly GoalLevelSetting[], goalLevels: ReadonlyArray<string | null>): string {
  const first = goalLevels[0] ?? null;
  const level = first !== null && goalLevels.every((key) => key === first) ? levels.find((candidate) => candidate.key === first) : undefined;
  return level ? level.goalName.toLocaleLowerCase('sv-SE') : t('followUp.counts.goals.mixed');
}

/** "8 uppnås helt, 10 delvis, 0 ej av 18 nämndmål", then what cannot be assessed and what lacks an assessment, when any. */
export function summarySentences(summary: AssessmentSummary, noun: string): string[] {
  return [
    t('followUp.counts.main', { helt: summary.helt, delvis: summary.delvis, ej: summary.ej, total: summary.total, goals: noun }),
    ...(summary.ejBedomd > 0 ? [t('followUp.counts.ejBedomd', { count: summary.ejBedomd })] : []),
    ...(summary.saknas > 0 ? [t('followUp.counts.saknas', { count: summary.saknas })] : []),
  ];
}

/** "3 helt · 1 delvis · 0 ej av 5", for a row of the document list. */
export const compactSummary = (summary: AssessmentSummary) =>
  t('followUp.counts.compact', { helt: summary.helt, delvis: summary.delvis, ej: summary.ej, total: summary.total });

/** The counts as one line of text: "8 uppnås helt, 10 delvis, 0 ej av 18 mål (1 kan inte bedömas)". */
export function assessmentCountsText(summary: AssessmentSummary, noun = t('followUp.counts.goals.mixed')): string {
  const [main, ...more] = summarySentences(summary, noun);
  return more.length ? `${main} (${more.join(', ')})` : main!;
}
