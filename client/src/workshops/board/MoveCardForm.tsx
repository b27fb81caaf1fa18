import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import { moveCard, type Card } from '../../../../shared/workshops/board';
import { useBoard } from './BoardContext';
import { categoryLabel } from './board-state';
import { focusCard } from './focus';
import { CardFormActions } from './CardFormActions';

/** "Flytta till…": the category to move a card to, chosen with a plain select (no dragging needed). */
export function MoveCardForm({ card, onClose }: { card: Card; onClose(): void }) {
  const { doc, categories, announce } = useBoard();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [target, setTarget] = useState(card.categoryId);
  useEffect(() => select.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const category = categories.find((candidate) => candidate.id === target);
    if (category && target !== card.categoryId) {
      moveCard(doc, card.id, target);
      announce(t('workshop.card.moved', { category: categoryLabel(category) }));
    }
    onClose();
    focusCard(card.id);
  };

  return (
    <form className="card-menu-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <label htmlFor={id}>{t('workshop.card.moveTo')}</label>
      <select id={id} ref={select} value={target} onChange={(event) => setTarget(event.target.value)}>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {categoryLabel(category)}
          </option>
        ))}
      </select>
      <CardFormActions submitLabel={t('workshop.card.moveSubmit')} onCancel={onClose} />
    </form>
  );
}
