import { t } from '../../../../shared/i18n';
import type { Card } from '../../../../shared/workshops/board';
import type { Votes } from './useVotes';

interface Props {
  card: Card;
  /** The page's one set of votes, so "votes left" stays right whichever board a vote was cast on. */
  votes: Votes;
  /** The revealed tallies, or null while the votes are blind. */
  tallies: Record<string, number> | null;
}

/** A card's tally once revealed, and during voting the participant's own votes on it. */
export function CardVotes({ card, votes, tallies }: Props) {
  const tally = tallies ? (tallies[card.id] ?? 0) : null;
  const mine = votes.countOn(card.id);
  return (
    <>
      {tally !== null && (
        <p className="card-tally" data-testid="card-tally">
          {t('workshop.vote.tally', { count: tally })}
        </p>
      )}
      {votes.open && (
        <div className="card-votes">
          {mine > 0 && <p className="card-my-votes">{t('workshop.vote.mine', { count: mine })}</p>}
          <button type="button" className="button-small" disabled={votes.busy} aria-label={t('workshop.vote.castOn', { text: card.text })} onClick={() => votes.cast(card.id)}>
            {t('workshop.vote.cast')}
          </button>
          {mine > 0 && (
            <button type="button" className="button-small" disabled={votes.busy} aria-label={t('workshop.vote.withdrawOn', { text: card.text })} onClick={() => votes.withdraw(card.id)}>
              {t('workshop.vote.withdraw')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
