import { useId, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { deleteCard, type Card } from '../../../../shared/workshops/board';
import { deletesCard, editsCard } from '../../../../shared/workshops/card-rights';
import { ConfirmInline } from '../../components/ConfirmInline';
import { useBoard } from './BoardContext';
import { CardByline } from './CardByline';
import { CardVotes } from './CardVotes';
import { ClusterCardForm } from './ClusterCardForm';
import { EditCardForm } from './EditCardForm';
import { MoveCardForm } from './MoveCardForm';
import { startCardDrag } from './drag';
import { cardElementId, focusCard } from './focus';

type Panel = 'edit' | 'delete' | 'move' | 'cluster' | null;

/**
 * One card: its text and author, and a group of buttons reachable by keyboard — edit and delete for the
 * author (and delete for a facilitator: shared/workshops/card-rights.ts, which the server holds too);
 * "Flytta till…" and "Lägg under rubrik…" for anyone in the group (the way to do without dragging).
 */
export function CardItem({ card }: { card: Card }) {
  const { doc, me, canWrite, canManage, anonymous, ownsEveryCard, votes, tallies } = useBoard();
  const textId = useId();
  const [panel, setPanel] = useState<Panel>(null);
  const actor = { author: { participantId: me.participantId, name: me.name }, manages: canManage, anonymous };
  const own = ownsEveryCard === true || editsCard(card, actor);
  const deletable = ownsEveryCard === true || deletesCard(card, actor);
  const close = () => setPanel(null);
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));

  return (
    <li className={own ? 'card card-own' : 'card'}>
      <article
        id={cardElementId(card.id)}
        tabIndex={-1}
        aria-labelledby={textId}
        data-testid="card"
        draggable={canWrite && panel === null}
        onDragStart={(event) => startCardDrag(event, card.id)}
      >
        <p id={textId} className="card-text">
          {card.text}
        </p>
        <CardByline card={card} />
        <CardVotes card={card} votes={votes} tallies={tallies} />
        {canWrite && (
          // biome-ignore lint/a11y/useSemanticElements: a row of action buttons, not form fields (which <fieldset> announces)
          <div role="group" aria-label={t('workshop.card.actions')} className="card-actions">
            <button type="button" className="button-small" aria-expanded={panel === 'move'} onClick={() => toggle('move')}>
              {t('workshop.card.move')}
            </button>
            <button type="button" className="button-small" aria-expanded={panel === 'cluster'} onClick={() => toggle('cluster')}>
              {t('workshop.card.cluster')}
            </button>
            {own && (
              <button type="button" className="button-small" aria-expanded={panel === 'edit'} onClick={() => toggle('edit')}>
                {t('workshop.card.edit')}
              </button>
            )}
            {deletable && (
              <button type="button" className="button-small" onClick={() => toggle('delete')}>
                {t('workshop.card.delete')}
              </button>
            )}
          </div>
        )}
        {canWrite && panel === 'move' && <MoveCardForm card={card} onClose={close} />}
        {canWrite && panel === 'cluster' && <ClusterCardForm card={card} onClose={close} />}
        {canWrite && own && panel === 'edit' && <EditCardForm card={card} onClose={close} />}
        {canWrite && deletable && panel === 'delete' && (
          <ConfirmInline
            question={t('workshop.card.deleteConfirm')}
            confirmLabel={t('workshop.card.deleteYes')}
            onConfirm={() => deleteCard(doc, card.id)}
            onCancel={() => {
              close();
              focusCard(card.id);
            }}
          />
        )}
      </article>
    </li>
  );
}
