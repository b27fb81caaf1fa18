import { useEffect, useId, useRef } from 'react';
import { t } from '../../../shared/i18n';

interface ConfirmInlineProps {
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** An in-page "are you sure?" instead of a dialog: the question gets focus, Escape cancels. */
export function ConfirmInline({ question, confirmLabel, busy = false, onConfirm, onCancel }: ConfirmInlineProps) {
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a question with its two answers, not a set of form fields (which <fieldset> announces)
    <div
      role="group"
      aria-labelledby={questionId}
      className="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="actions">
        <button type="button" className="button-danger" onClick={() => !busy && onConfirm()}>
          {busy ? t('form.working') : confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
