import { useRef, type CSSProperties } from 'react';
import { t } from '../../../../shared/i18n';
import type { Card } from '../../../../shared/workshops/board';
import type { ControlState } from '../../../../shared/workshops/control';
import type { WorkshopView } from '../../../../shared/api/workshops';
import { cardsByColumn, votesLabel } from './board-view';
import { useBoards } from './useBoards';
import { useFitFontSize } from './useFitFontSize';

/**
 * The largest card text: about 18 lines of it on the screen, so a few cards are read from the back row
 * (and no more than 30 characters across the width, for a phone opening the view).
 */
const largestFontPx = () => Math.min(window.innerHeight / 18, window.innerWidth / 30);

/**
 * The board on the projector: the group the facilitator chose, or the plenary (every group's cards by
 * category, each with its group's name). Live: cards appear as they are written. The layout's columns
 * side by side, in a type size that fits the whole board on the screen, however many cards.
 */
export function PresentedBoard({ workshop, control }: { workshop: WorkshopView; control: ControlState }) {
  const group = workshop.groups.find((candidate) => candidate.id === control.presentedGroupId) ?? null;
  const shownGroups = group ? [group] : workshop.groups;
  const boards = useBoards(
    workshop.id,
    shownGroups.map((shown) => shown.id),
  );
  const groupOf = new Map<string, string>();
  const cards: Card[] = [];
  for (const shown of shownGroups) {
    for (const card of boards[shown.id]?.cards ?? []) {
      cards.push(card);
      groupOf.set(card.id, shown.name);
    }
  }
  const denied = shownGroups.some((shown) => boards[shown.id]?.denied);
  const tallies = control.votesRevealed ? control.tallies : null;
  const columns = cardsByColumn(workshop.layout, cards, tallies);
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // Anything that changes the board's height: the cards, their texts, their order and votes, the groups' names.
  const measured = JSON.stringify([columns.map((column) => column.categories.map((category) => category.cards.map((card) => card.text))), tallies, group?.id, denied]);
  useFitFontSize(box, content, largestFontPx, measured);
  return (
    <section className="presented-board" aria-labelledby="presented-board-heading">
      <h2 id="presented-board-heading" data-testid="presented-board-heading">
        {group ? t('workshop.present.groupBoard', { name: group.name }) : t('workshop.present.plenary')}
      </h2>
      <div className="presenter-fit" ref={box} data-testid="presenter-fit">
        <div ref={content} className="presenter-fit-content">
          {denied ? (
            <p className="presenter-note">{t('workshop.present.boardDenied')}</p>
          ) : (
            <ul className="presenter-columns" style={{ '--columns': columns.length } as CSSProperties}>
              {columns.map((column) => (
                <li key={column.id} className="presenter-column">
                  <h3 data-fit-words>{column.name}</h3>
                  {column.categories.map((category) => (
                    <section key={category.id} className="presenter-category" aria-label={column.categories.length > 1 ? `${column.name} – ${category.name}` : column.name}>
                      {column.categories.length > 1 && <h4 data-fit-words>{category.name}</h4>}
                      {category.cards.length === 0 ? (
                        <p className="presenter-empty">{t('workshop.present.noCards')}</p>
                      ) : (
                        <ul className="presenter-cards">
                          {category.cards.map((card) => (
                            <li key={card.id} className="presenter-card" data-testid="presenter-card" data-fit-words>
                              <span>{card.text}</span>
                              {!group && <span className="presenter-card-group">{groupOf.get(card.id)}</span>}
                              {control.votesRevealed && <span className="presenter-card-votes">{votesLabel(tallies?.[card.id] ?? 0)}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </section>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
