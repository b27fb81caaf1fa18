import { useId } from 'react';
import type * as Y from 'yjs';
import { t } from '../../../../shared/i18n';
import type { Card } from '../../../../shared/workshops/board';
import { BoardContext, type BoardContextValue } from './BoardContext';
import { CardItem } from './CardItem';

interface Props {
  /** The group board's context; the hidden cards get their own, on the draft room's doc. */
  board: BoardContextValue;
  doc: Y.Doc;
  cards: Card[];
  canWrite: boolean;
}

const NO_VOTES: BoardContextValue['votes'] = { open: false, mine: null, error: null, busy: false, countOn: () => 0, cast: () => {}, withdraw: () => {} };

/**
 * "Dina dolda kort": the participant's own cards while the facilitator hides cards. They live in the
 * participant's draft room, which no other participant can open; the reveal moves them to the board.
 * They can be edited, moved or deleted until then (not clustered: headings belong to the board).
 */
export function HiddenCards({ board, doc, cards, canWrite }: Props) {
  const headingId = useId();
  const noticeId = useId();
  const context: BoardContextValue = { ...board, doc, addDoc: doc, canWrite, ownsEveryCard: true, clusters: [], votes: NO_VOTES, tallies: null };
  return (
    <section className="hidden-cards" aria-labelledby={headingId} aria-describedby={noticeId} data-testid="hidden-cards">
      <h3 id={headingId}>{t('workshop.board.hidden.heading')}</h3>
      <p id={noticeId} className="board-hidden-notice" data-testid="hidden-notice">
        {t('workshop.board.hidden.notice')}
      </p>
      {cards.length === 0 ? (
        <p className="hint">{t('workshop.board.hidden.empty')}</p>
      ) : (
        <BoardContext.Provider value={context}>
          <ul className="card-list">
            {cards.map((card) => (
              <CardItem key={card.id} card={card} />
            ))}
          </ul>
        </BoardContext.Provider>
      )}
    </section>
  );
}
