import type { AssessmentSummary } from '../../../shared/goals/follow-up';
import { assessmentCountsText } from '../../../shared/goals/follow-up-labels';
import { compactSummary } from '../../../shared/goals/follow-up-labels';

/** An uppföljning's counts in its row of the document list: short to see, in full to hear. */
export function FollowUpTag({ summary }: { summary: AssessmentSummary }) {
  return (
    <span className="tag" data-testid="follow-up-summary">
      <span aria-hidden="true">{compactSummary(summary)}</span>
      <span className="visually-hidden">{assessmentCountsText(summary)}</span>
    </span>
  );
}
