import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';

interface RenameFormProps {
  title: string;
  busy: boolean;
  onSave(title: string): void;
  onCancel(): void;
}

/** An inline "new name" field: focused when it opens, Enter saves, Escape cancels. */
export function RenameForm({ title, busy, onSave, onCancel }: RenameFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(title);
  const [missing, setMissing] = useState(false);
  useEffect(() => input.current?.select(), []);

  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setMissing(!value.trim());
        if (value.trim() && !busy) onSave(value.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id}>{t('documents.rename.label', { title })}</label>
      <input id={id} ref={input} value={value} aria-required aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-error` : undefined} onChange={(event) => setValue(event.target.value)} />
      {missing && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('documents.rename.missing')}
        </p>
      )}
      <button type="submit">{busy ? t('form.working') : t('form.save')}</button>
      <button type="button" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </form>
  );
}
