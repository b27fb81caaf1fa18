import { t } from '../../../../shared/i18n';
import { ErrorAlert } from '../../components/Alerts';
import type { Votes } from './useVotes';

/**
 * Votes left and the latest refusal, kept at the bottom of the screen while the participant votes: on a
 * phone the card voted on may be far down the other groups' list, out of sight of the board's top.
 */
export function VotesBar({ votes }: { votes: Votes }) {
  if (!votes.open) return null;
  return (
    <div className="votes-bar">
      {votes.mine && (
        <p className="votes-left" role="status" data-testid="votes-left">
          {t('workshop.vote.left', { count: votes.mine.left })}{' '}
          <span className="hint">{t('workshop.vote.rules', { max: votes.mine.rules.maxPerCard })}</span>
        </p>
      )}
      <ErrorAlert message={votes.error} />
    </div>
  );
}
