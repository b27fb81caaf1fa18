import type { AssessmentSummary } from '../../../shared/goals/follow-up';
import { summarySentences } from '../../../shared/goals/follow-up-labels';

/** The counts at the top of an uppföljning, announced politely as people assess goals. */
export function FollowUpCounts({ summary, noun }: { summary: AssessmentSummary; noun: string }) {
  return (
    <p className="follow-up-counts" aria-live="polite" data-testid="follow-up-counts">
      {summarySentences(summary, noun).join('. ')}.
    </p>
  );
}
