import { useId } from 'react';
import { t } from '../../../../shared/i18n';
import type { ControlState } from '../../../../shared/workshops/control';
import type { WorkshopView } from '../../../../shared/api/workshops';
import { useSession } from '../../session/SessionContext';
import { NotesDetails } from '../notes/NotesDetails';
import { cardsByCategory, votesLabel, votesOn } from '../present/board-view';
import { useBoards } from '../present/useBoards';
import type { ConnectedPerson } from './useConnected';

/** "4 kort", or once the votes are revealed "4 kort, 1 röst". */
function countsLabel(cards: number, votes: number | null): string {
  if (votes === null) return t('workshop.fac.counts', { cards });
  return t('workshop.fac.countsWithVotes', { cards, count: votes });
}

/** Every group's board side by side, read-only and live: counts of cards (and votes once revealed), who is there. */
export function BoardsOverview({ workshop, control, connected }: { workshop: WorkshopView; control: ControlState; connected: ConnectedPerson[] }) {
  const headingId = useId();
  const user = useSession().me?.user;
  const boards = useBoards(
    workshop.id,
    workshop.groups.map((group) => group.id),
  );
  return (
    <section aria-labelledby={headingId} className="boards-overview">
      <h2 id={headingId}>{t('workshop.fac.boards')}</h2>
      <ul className="boards-grid">
        {workshop.groups.map((group) => {
          const board = boards[group.id]!;
          const people = connected.filter((person) => person.groupId === group.id);
          const locked = control.lockedGroups.includes(group.id);
          return (
            <li key={group.id} className="board-summary" data-testid="board-summary" aria-labelledby={`${headingId}-${group.id}`}>
              <h3 id={`${headingId}-${group.id}`}>
                {group.name} {locked && <span className="phase-badge">{t('workshop.fac.locked')}</span>}
              </h3>
              <p data-testid="board-counts">
                {countsLabel(board.cards.length, control.votesRevealed ? votesOn(board.cards, control.tallies) : null)}
              </p>
              <p>
                {people.length === 0
                  ? t('workshop.fac.nobodyConnected')
                  : t('workshop.fac.connected', { names: people.map((person) => (person.done ? t('workshop.fac.nameDone', { name: person.name }) : person.name)).join(', ') })}
              </p>
              <details>
                <summary>{t('workshop.fac.showCards', { name: group.name })}</summary>
                {cardsByCategory(workshop.layout, board.cards, control.votesRevealed ? control.tallies : null)
                  .filter((category) => category.cards.length > 0)
                  .map((category) => (
                    <div key={category.id}>
                      <h4>{category.name}</h4>
                      <ul>
                        {category.cards.map((card) => (
                          <li key={card.id}>
                            {card.text}
                            {control.votesRevealed && ` (${votesLabel(control.tallies?.[card.id] ?? 0)})`}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
              </details>
              {user && <NotesDetails workshopId={workshop.id} groupId={group.id} groupName={group.name} user={{ id: user.id, name: user.name }} locked={locked} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
