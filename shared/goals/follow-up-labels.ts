/** How a follow-up period and the assessments made at it are labelled, for every view that shows them. */
import { currentLocale, t } from '../i18n';
import type { AssessmentSummary, FollowUpPeriodSetting } from './follow-up';

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

/** "8 uppnås helt, 10 delvis, 0 ej av 18 mål", and the goals that cannot be or are not yet assessed when there are any. */
export function assessmentCountsText(summary: AssessmentSummary): string {
  const main = t('followUp.counts', { helt: summary.helt, delvis: summary.delvis, ej: summary.ej, total: summary.total });
  return summary.ejBedomd + summary.saknas === 0 ? main : `${main} (${t('followUp.countsOther', { ejBedomd: summary.ejBedomd, saknas: summary.saknas })})`;
}
