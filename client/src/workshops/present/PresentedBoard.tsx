import { t } from '../../../../shared/i18n';
import type { Card } from '../../../../shared/workshops/board';
import type { ControlState } from '../../../../shared/workshops/control';
import type { WorkshopView } from '../../../../shared/api/workshops';
import { cardsByCategory, votesLabel } from './board-view';
import { useBoards } from './useBoards';

/**
 * The board on the projector: the group the facilitator chose, or the plenary (every group's cards by
 * category, each with its group's name). Live: cards appear as they are written.
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
  const categories = cardsByCategory(workshop.layout, cards, control.votesRevealed ? control.tallies : null);
  return (
    <section className="presented-board" aria-labelledby="presented-board-heading">
      <h2 id="presented-board-heading" data-testid="presented-board-heading">
        {group ? t('workshop.present.groupBoard', { name: group.name }) : t('workshop.present.plenary')}
      </h2>
      {denied ? (
        <p className="presenter-note">{t('workshop.present.boardDenied')}</p>
      ) : (
        <ul className="presenter-categories">
          {categories.map((category) => (
            <li key={category.id} className="presenter-category">
              <h3>{category.name}</h3>
              {category.cards.length === 0 ? (
                <p className="presenter-empty">{t('workshop.present.noCards')}</p>
              ) : (
                <ul className="presenter-cards">
                  {category.cards.map((card) => (
                    <li key={card.id} className="presenter-card">
                      <span>{card.text}</span>
                      {!group && <span className="presenter-card-group">{groupOf.get(card.id)}</span>}
                      {control.votesRevealed && <span className="presenter-card-votes">{votesLabel(control.tallies?.[card.id] ?? 0)}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
