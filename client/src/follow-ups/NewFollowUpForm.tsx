import { useId, useState, type FormEvent } from 'react';
import type { Body } from '../../../shared/api/bodies';
import type { DocumentView } from '../../../shared/api/documents';
import { periodRefString } from '../../../shared/goals/follow-up';
import { t } from '../../../shared/i18n';
import { fetchDocuments } from '../api/documents';
import { createFollowUp } from '../api/follow-ups';
import { ApiFailure, messageOf } from '../api/http';
import { SelectField, TextField } from '../components/fields';
import { useSubmit } from '../forms/useSubmit';
import { bodyLabel } from '../format/labels';
import { Link } from '../router/Link';
import { paths } from '../router/paths';
import { useFollowUpPeriods } from './follow-up-periods';

/** The uppföljning that already exists for a body and follow-up, if this user may see it. */
async function existingFollowUp(bodyId: string, period: string): Promise<DocumentView | null> {
  const documents = await fetchDocuments({ bodyId, type: 'resultatdialog' });
  return documents.find((document) => document.bodyId === bodyId && document.followUp?.period === period) ?? null;
}

/** "Ny uppföljning": a body, a year and a follow-up period; the server makes one block per goal in force, and the page opens it. */
export function NewFollowUpForm({ bodies, onCreated }: { bodies: Body[]; onCreated(documentId: string): void }) {
  const headingId = useId();
  const periods = useFollowUpPeriods();
  const [bodyId, setBodyId] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [periodKey, setPeriodKey] = useState(periods[0]?.key ?? '');
  const [errors, setErrors] = useState<{ body?: string; year?: string }>({});
  const [existing, setExisting] = useState<DocumentView | null>(null);
  const { busy, error, setError, run } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(!bodyId && { body: t('form.missing', { field: t('followUp.new.body') }) }),
      ...(!/^\d{4}$/.test(year.trim()) && { year: t('followUp.new.yearInvalid') }),
    };
    setErrors(found);
    setExisting(null);
    if (found.body || found.year) return;
    const period = periodRefString({ year: Number(year.trim()), key: periodKey });
    await run(
      async () => onCreated(await createFollowUp(bodyId, period)),
      async (failure) => {
        setError(messageOf(failure));
        if (failure instanceof ApiFailure && failure.status === 409) setExisting(await existingFollowUp(bodyId, period).catch(() => null));
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="panel" data-testid="new-follow-up">
      <h2 id={headingId}>{t('followUp.new.heading')}</h2>
      <p>{t('followUp.new.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div role="alert" className={error ? 'alert alert-error' : 'alert-empty'}>
          {error}
          {existing && (
            <>
              {' '}
              <Link to={paths.document(existing.id)}>{t('followUp.new.openExisting', { title: existing.title })}</Link>
            </>
          )}
        </div>
        <SelectField label={t('followUp.new.body')} value={bodyId} error={errors.body} aria-required onChange={(event) => setBodyId(event.target.value)}>
          <option value="">{t('followUp.new.chooseBody')}</option>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {bodyLabel(body)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('followUp.new.year')} value={year} error={errors.year} inputMode="numeric" autoComplete="off" aria-required onChange={(event) => setYear(event.target.value)} />
        <SelectField label={t('followUp.new.period')} value={periodKey} onChange={(event) => setPeriodKey(event.target.value)}>
          {periods.map((period) => (
            <option key={period.key} value={period.key}>
              {period.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('form.working') : t('followUp.new.submit')}
        </button>
      </form>
    </section>
  );
}
