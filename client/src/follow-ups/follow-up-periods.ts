import { parsePeriodRef, periodLabel, periodsInOrder, type FollowUpPeriodSetting } from '../../../shared/goals/follow-up';
import { useMe } from '../session/SessionContext';

/** The kommun's follow-up periods (its organisation settings), in the order they report. */
export function useFollowUpPeriods(): FollowUpPeriodSetting[] {
  return periodsInOrder(useMe().organisation.settings.followUpPeriods);
}

export interface FollowUpPeriod {
  year: number;
  /** The period's setting; null for a key the kommun no longer has. */
  setting: FollowUpPeriodSetting | null;
  /** "Delårsrapport 2027". */
  label: string;
}

/** One follow-up reference ('2027-delarsrapport') as the page shows it; null when it is not one. */
export function followUpPeriod(ref: string, periods: readonly FollowUpPeriodSetting[]): FollowUpPeriod | null {
  const parsed = parsePeriodRef(ref);
  if (!parsed) return null;
  return { year: parsed.year, setting: periods.find((period) => period.key === parsed.key) ?? null, label: periodLabel(ref, periods) };
}
