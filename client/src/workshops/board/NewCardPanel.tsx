import { useId, useRef, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { AddCardForm } from './AddCardForm';
import { useBoard } from './BoardContext';
import { categoryLabel } from './board-state';

/**
 * On a phone: one "Nytt kort" instead of a text box in every category. It opens the category chooser
 * (focused, so the keyboard goes on from there) and the text box for the category chosen; it stays open
 * for the next card until closed.
 */
export function NewCardPanel() {
  const { canWrite, categories } = useBoard();
  const [open, setOpen] = useState(false);
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '');
  const panelId = useId();
  const selectId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const category = categories.find((candidate) => candidate.id === categoryId) ?? categories[0];
  if (!canWrite || !category) return null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className={open ? 'new-card-panel is-open' : 'new-card-panel'} data-testid="new-card-panel">
      <button ref={toggle} type="button" className="button-primary" aria-expanded={open} aria-controls={panelId} onClick={() => (open ? close() : setOpen(true))}>
        {t('workshop.board.newCard')}
      </button>
      {open && (
        <div id={panelId} className="new-card-fields">
          <label htmlFor={selectId}>{t('workshop.board.newCardCategory')}</label>
          {/* biome-ignore lint/a11y/noAutofocus: the panel opens on the person's own tap or key press, and the category is their first choice */}
          <select id={selectId} value={category.id} onChange={(event) => setCategoryId(event.target.value)} autoFocus>
            {categories.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {categoryLabel(candidate)}
              </option>
            ))}
          </select>
          <AddCardForm key={category.id} categoryId={category.id} categoryName={categoryLabel(category)} />
          <button type="button" className="button-small" onClick={close}>
            {t('workshop.board.closeNewCard')}
          </button>
        </div>
      )}
    </div>
  );
}
