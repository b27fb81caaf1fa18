import { DEFAULT_FOLLOW_UP_PERIODS, parsePeriodRef, periodsInOrder, type FollowUpPeriodSetting } from '../../../shared/goals/follow-up';
import { t } from '../../../shared/i18n';

/** The kommun's follow-up periods, in the order they report; the one place the client takes them from. */
export function useFollowUpPeriods(): FollowUpPeriodSetting[] {
  return periodsInOrder(DEFAULT_FOLLOW_UP_PERIODS);
}

export interface FollowUpPeriod {
  year: number;
  /** The period's setting; null for a key the kommun no longer has. */
  setting: FollowUpPeriodSetting | null;
  /** "Delårsrapport 2027" (the key itself when the setting is gone). */
  label: string;
}

/** One follow-up reference ('2027-delarsrapport') as the page shows it; null when it is not one. */
export function followUpPeriod(ref: string, periods: readonly FollowUpPeriodSetting[]): FollowUpPeriod | null {
  const parsed = parsePeriodRef(ref);
  if (!parsed) return null;
  const setting = periods.find((period) => period.key === parsed.key) ?? null;
  return { year: parsed.year, setting, label: t('followUp.page.periodName', { name: setting?.name ?? parsed.key, year: parsed.year }) };
}
