import { useId, useState, type FormEvent } from 'react';
import { t, type MessageKey } from '../../../../shared/i18n';
import { addCard } from '../../../../shared/workshops/board';
import type { CardQuotaRefusal } from '../../../../shared/workshops/limits';
import { useBoard } from './BoardContext';

const QUOTA_MESSAGE: Record<CardQuotaRefusal, MessageKey> = { board: 'workshop.card.boardFull', participant: 'workshop.card.quotaUsed' };

/**
 * A new card in one category. The draft is kept by the board when the phase closes the cards, and is
 * back when they open again: nobody loses a half-written card.
 */
export function AddCardForm({ categoryId, categoryName }: { categoryId: string; categoryName: string }) {
  const { addDoc, me, canWrite, drafts, anonymous, anonymousNoticeId, cardLimits, cardQuota } = useBoard();
  const id = useId();
  const [text, setDraft] = useState(() => drafts.get(categoryId) ?? '');
  const setText = (value: string) => {
    drafts.set(categoryId, value);
    setDraft(value);
  };
  const [error, setError] = useState<string | null>(null);
  const full = cardQuota && t(QUOTA_MESSAGE[cardQuota], { max: String(cardQuota === 'board' ? cardLimits.maxCardsPerBoard : cardLimits.maxCardsPerParticipant) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canWrite || !addDoc) return;
    const trimmed = text.trim();
    if (!trimmed) return setError(t('workshop.card.empty'));
    // The server would refuse the card (and the board reopen without it): the form says why and keeps the text.
    if (full) return;
    setError(null);
    addCard(addDoc, {
      id: crypto.randomUUID(),
      text: trimmed,
      categoryId,
      // An anonymous activity: no author at all, not even in the Yjs history (see addCard).
      author: anonymous ? null : { participantId: me.participantId, name: me.name },
      createdAt: new Date().toISOString(),
    });
    setText('');
  };

  return (
    <form className="add-card" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t('workshop.card.new', { category: categoryName })}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        maxLength={cardLimits.maxCardTextLength}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[anonymous ? anonymousNoticeId : '', error ? `${id}-error` : '', full ? `${id}-full` : ''].filter(Boolean).join(' ') || undefined}
      />
      {full && (
        <p id={`${id}-full`} className="hint" role="status" data-testid="card-quota">
          {full}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button-small" disabled={!canWrite || !addDoc || Boolean(full)}>
        {t('workshop.card.add')}
      </button>
    </form>
  );
}
