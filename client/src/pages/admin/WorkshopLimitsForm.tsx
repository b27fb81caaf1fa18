import { useId, useState, type FormEvent } from 'react';
import { t, type MessageKey } from '../../../../shared/i18n';
import { WORKSHOP_LIMIT_BOUNDS, type WorkshopLimits } from '../../../../shared/workshops/limits';
import { updateSettings } from '../../api/admin-organisation';
import type { Organisation } from '../../../../shared/api/organisations';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { TextField } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';

const FIELDS: Array<{ key: keyof WorkshopLimits; label: MessageKey }> = [
  { key: 'maxCardsPerBoard', label: 'admin.workshopLimits.maxCardsPerBoard' },
  { key: 'maxCardsPerParticipant', label: 'admin.workshopLimits.maxCardsPerParticipant' },
  { key: 'maxCardTextLength', label: 'admin.workshopLimits.maxCardTextLength' },
];

const inRange = (key: keyof WorkshopLimits, value: string) => {
  const { min, max } = WORKSHOP_LIMIT_BOUNDS[key];
  const number = Number(value);
  return /^\d+$/.test(value.trim()) && number >= min && number <= max;
};

/** The kommun's card limits on workshop boards (shared/workshops/limits.ts), within the bounds the server takes. */
export function WorkshopLimitsForm({ organisation, onSaved }: { organisation: Organisation; onSaved(organisation: Organisation): void }) {
  const headingId = useId();
  const [values, setValues] = useState(() => Object.fromEntries(FIELDS.map(({ key }) => [key, String(organisation.settings.workshopLimits[key])])) as Record<keyof WorkshopLimits, string>);
  const [shown, setShown] = useState(false);
  const [saved, setSaved] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  const fieldError = (key: keyof WorkshopLimits) => (shown && !inRange(key, values[key]) ? t('admin.workshopLimits.outOfRange', { min: String(WORKSHOP_LIMIT_BOUNDS[key].min), max: String(WORKSHOP_LIMIT_BOUNDS[key].max) }) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    setShown(true);
    if (FIELDS.some(({ key }) => !inRange(key, values[key]))) return;
    await run(async () => {
      const workshopLimits = Object.fromEntries(FIELDS.map(({ key }) => [key, Number(values[key])])) as unknown as WorkshopLimits;
      const updated = await updateSettings({ workshopLimits });
      setSaved(true);
      onSaved(updated);
    });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('admin.workshopLimits.heading')}</h2>
      <p>{t('admin.workshopLimits.intro')}</p>
      <StatusMessage>{saved ? t('admin.workshopLimits.saved') : null}</StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <ErrorAlert message={error} />
        {FIELDS.map(({ key, label }) => (
          <TextField
            key={key}
            label={t(label)}
            inputMode="numeric"
            value={values[key]}
            onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            error={fieldError(key)}
          />
        ))}
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : t('admin.workshopLimits.submit')}
        </button>
      </form>
    </section>
  );
}
