import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { VersionSummary } from '../../../shared/api/versions';
import { isCalendarDate } from '../../../shared/calendar/calendar-date';
import { stockholmDate } from '../../../shared/calendar/stockholm-day';
import { t, type MessageKey } from '../../../shared/i18n';
import { lockDocument } from '../api/versions';
import { ErrorAlert } from '../components/Alerts';
import { TextField } from '../components/fields';
import { useSubmit } from '../forms/useSubmit';

interface LockFormProps {
  documentId: string;
  defaultBody: string;
  onLocked(version: VersionSummary): void;
  onCancel(): void;
}


type DecisionField = 'body' | 'date' | 'paragraph' | 'diarienummer';
type DecisionErrors = Partial<Record<DecisionField, string>>;

const LABELS: Record<DecisionField, MessageKey> = {
  body: 'versions.lock.body',
  date: 'versions.lock.date',
  paragraph: 'versions.lock.paragraph',
  diarienummer: 'versions.lock.diarienummer',
};

/** The app's own Swedish errors, tied to each field (a browser's bubble speaks the browser's language). */
function decisionErrors(fields: Record<DecisionField, string>): DecisionErrors {
  const errors: DecisionErrors = {};
  for (const field of Object.keys(LABELS) as DecisionField[]) {
    if (!fields[field].trim()) errors[field] = t('form.missing', { field: t(LABELS[field]) });
  }
  if (!errors.date && !isCalendarDate(fields.date)) errors.date = t('versions.lock.dateInvalid');
  return errors;
}

/** The decision a version is fastställd by: body, date, paragraph and diarienummer (an in-page form, not a modal). */
export function LockForm({ documentId, defaultBody, onLocked, onCancel }: LockFormProps) {
  const [fields, setFields] = useState({ body: defaultBody, date: stockholmDate(new Date()), paragraph: '', diarienummer: '', note: '' });
  const [errors, setErrors] = useState<DecisionErrors>({});
  const { busy, error, run } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = decisionErrors(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { note, ...decision } = fields;
    await run(async () => onLocked(await lockDocument(documentId, { decision, ...(note.trim() && { note }) })));
  }

  return (
    <form className="lock-form" onSubmit={submit} noValidate onKeyDown={(event) => event.key === 'Escape' && onCancel()} aria-labelledby="lock-heading">
      <h2 id="lock-heading" ref={heading} tabIndex={-1}>
        {t('versions.lock.heading')}
      </h2>
      <p>{t('versions.lock.intro')}</p>
      <ErrorAlert message={error} />
      <TextField label={t('versions.lock.body')} value={fields.body} onChange={set('body')} error={errors.body} aria-required />
      <TextField label={t('versions.lock.date')} type="date" value={fields.date} onChange={set('date')} error={errors.date} aria-required />
      <TextField label={t('versions.lock.paragraph')} hint={t('versions.lock.paragraphHint')} value={fields.paragraph} onChange={set('paragraph')} error={errors.paragraph} aria-required />
      <TextField label={t('versions.lock.diarienummer')} hint={t('versions.lock.diarienummerHint')} value={fields.diarienummer} onChange={set('diarienummer')} error={errors.diarienummer} aria-required />
      <TextField label={t('versions.lock.note')} value={fields.note} onChange={set('note')} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('form.working') : t('versions.lock.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('versions.lock.cancel')}
        </button>
      </div>
    </form>
  );
}
