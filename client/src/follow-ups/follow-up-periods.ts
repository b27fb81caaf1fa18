import { readFollowUpPeriod } from '../../../shared/goals/follow-up-document';
import { parsePeriodRef, periodLabel, periodsInOrder, type FollowUpPeriodSetting } from '../../../shared/goals/follow-up';
import type * as Y from 'yjs';
import { useMe } from '../session/SessionContext';

/** The kommun's follow-up periods (its organisation settings), in the order they report. */
export function useFollowUpPeriods(): FollowUpPeriodSetting[] {
  return periodsInOrder(useMe().organisation.settings.followUpPeriods);
}

export interface ShownPeriod {
  year: number;
  /** An assessment here is a helårsprognos. */
  forecast: boolean;
  /** "Delårsrapport 2027". */
  label: string;
}

/**
 * The follow-up an uppföljning reports, as it stood when the uppföljning was made (so a period renamed
 * since, or one whose forecast changed, does not relabel it); the kommun's settings now for an
 * uppföljning from before that was recorded.
 */
export function shownPeriod(doc: Y.Doc, ref: string, periods: readonly FollowUpPeriodSetting[]): ShownPeriod | null {
  const stored = readFollowUpPeriod(doc);
  // Said as periodLabel says a reference: name, then year.
  if (stored) return { year: stored.year, forecast: stored.forecast, label: `${stored.name} ${stored.year}` };
  const parsed = parsePeriodRef(ref);
  if (!parsed) return null;
  return { year: parsed.year, forecast: periods.find((period) => period.key === parsed.key)?.forecast ?? false, label: periodLabel(ref, periods) };
}
