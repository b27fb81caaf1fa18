import { useEffect, useRef, useState, type FormEvent } from 'react';
import * as Y from 'yjs';
import { t } from '../../../../shared/i18n';
import { cardsMap, type Card } from '../../../../shared/workshops/board';
import { TextAreaField } from '../../components/fields';
import { useBoard } from './BoardContext';
import { focusCard } from './focus';
import { CardFormActions } from './CardFormActions';

/** Replaces the card's live text with what was written here (one transaction). */
function setCardText(doc: Y.Doc, cardId: string, text: string): void {
  const value = cardsMap(doc).get(cardId)?.get('text');
  if (!(value instanceof Y.Text)) return;
  doc.transact(() => {
    value.delete(0, value.length);
    value.insert(0, text);
  });
}

/** Editing one's own card. */
export function EditCardForm({ card, onClose }: { card: Card; onClose(): void }) {
  const { doc, cardLimits } = useBoard();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(card.text);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return setError(t('workshop.card.empty'));
    if (trimmed !== card.text) setCardText(doc, card.id, trimmed);
    onClose();
    focusCard(card.id);
  };

  return (
    <form className="card-menu-form" onSubmit={submit} noValidate onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <TextAreaField label={t('workshop.card.editLabel')} textareaRef={field} rows={3} maxLength={cardLimits.maxCardTextLength} value={text} onChange={(event) => setText(event.target.value)} error={error ?? undefined} />
      <CardFormActions submitLabel={t('workshop.card.save')} onCancel={onClose} />
    </form>
  );
}
