import { useEffect, useRef, useState, type FormEvent } from 'react';
import { stockholmDate } from '../../../shared/calendar/stockholm-day';
import { t } from '../../../shared/i18n';
import { lockDocument } from '../api/versions';
import type { VersionSummary } from '../../../shared/api/versions';
import { ErrorAlert } from '../components/Alerts';
import { TextField } from '../components/fields';
import { useSubmit } from '../forms/useSubmit';

interface LockFormProps {
  documentId: string;
  defaultBody: string;
  onLocked(version: VersionSummary): void;
  onCancel(): void;
}


/** The decision a version is fastställd by: body, date, paragraph and diarienummer (an in-page form, not a modal). */
export function LockForm({ documentId, defaultBody, onLocked, onCancel }: LockFormProps) {
  const [fields, setFields] = useState({ body: defaultBody, date: stockholmDate(new Date()), paragraph: '', diarienummer: '', note: '' });
  const { busy, error, run } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { note, ...decision } = fields;
    await run(async () => onLocked(await lockDocument(documentId, { decision, ...(note.trim() && { note }) })));
  }

  return (
    <form className="lock-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} aria-labelledby="lock-heading">
      <h2 id="lock-heading" ref={heading} tabIndex={-1}>
        {t('versions.lock.heading')}
      </h2>
      <p>{t('versions.lock.intro')}</p>
      <ErrorAlert message={error} />
      <TextField label={t('versions.lock.body')} value={fields.body} onChange={set('body')} required />
      <TextField label={t('versions.lock.date')} type="date" value={fields.date} onChange={set('date')} required />
      <TextField label={t('versions.lock.paragraph')} hint={t('versions.lock.paragraphHint')} value={fields.paragraph} onChange={set('paragraph')} required />
      <TextField label={t('versions.lock.diarienummer')} hint={t('versions.lock.diarienummerHint')} value={fields.diarienummer} onChange={set('diarienummer')} required />
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
