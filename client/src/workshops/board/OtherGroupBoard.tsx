import { useId } from 'react';
import { t } from '../../../../shared/i18n';
import { boardRoom } from '../../../../shared/sync/rooms';
import type { Card } from '../../../../shared/workshops/board';
import type { BoardLayout } from '../../../../shared/workshops/board-layouts';
import { cardsByCategory } from '../present/board-view';
import { useRoomValue } from '../useRoomValue';
import { EMPTY_BOARD, readBoard } from './board-state';
import { CardByline } from './CardByline';
import { CardVotes } from './CardVotes';
import type { Votes } from './useVotes';

interface Props {
  workshopId: string;
  group: { id: string; name: string };
  layout: BoardLayout;
  votes: Votes;
  tallies: Record<string, number> | null;
}

/** A card to read and vote on, nothing more: another group's cards are theirs to edit, move or delete. */
function VotableCard({ card, votes, tallies }: { card: Card; votes: Votes; tallies: Record<string, number> | null }) {
  const textId = useId();
  return (
    <li className="card">
      <article aria-labelledby={textId} data-testid="other-card">
        <p id={textId} className="card-text">
          {card.text}
        </p>
        <CardByline card={card} />
        <CardVotes card={card} votes={votes} tallies={tallies} />
      </article>
    </li>
  );
}

/**
 * Another group's board, live and read-only, folded in a <details> so a phone need not scroll past
 * every table: its cards by category (ranked once the votes are revealed), each with its vote buttons.
 */
export function OtherGroupBoard({ workshopId, group, layout, votes, tallies }: Props) {
  const { state, value } = useRoomValue(boardRoom(workshopId, group.id), readBoard, EMPTY_BOARD);
  const count = value.cards.length;
  const categories = cardsByCategory(layout, value.cards, tallies).filter((category) => category.cards.length > 0);
  const denied = state.closeCode === 4403;
  return (
    <details className="other-board" data-testid="other-board">
      <summary>
        <h3>{t('workshop.board.others.group', { name: group.name, count })}</h3>
      </summary>
      {denied && <p className="hint">{t('workshop.board.others.denied')}</p>}
      {!denied && count === 0 && <p className="hint">{state.mode === null ? t('workshop.board.closed.connecting') : t('workshop.board.noCards')}</p>}
      {categories.map((category) => (
        <div key={category.id} className="other-board-category">
          <h4>{category.name}</h4>
          <ul className="card-list" aria-label={t('workshop.board.others.cardsIn', { group: group.name, category: category.name })}>
            {category.cards.map((card) => (
              <VotableCard key={card.id} card={card} votes={votes} tallies={tallies} />
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
