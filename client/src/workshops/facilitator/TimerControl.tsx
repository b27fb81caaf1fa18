import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import type { ControlChange } from '../../api/workshops';
import { TextField } from '../../components/fields';
import { Countdown } from '../Countdown';

const MAX_MINUTES = 240;

/** Start a countdown of N minutes for every device, or stop it. */
export function TimerControl({ endsAt, busy, send }: { endsAt: string | null; busy: boolean; send(change: ControlChange): void }) {
  const headingId = useId();
  const [minutes, setMinutes] = useState('10');
  const [error, setError] = useState<string | undefined>();
  const start = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0 || value > MAX_MINUTES) return setError(t('workshop.fac.timerInvalid', { max: MAX_MINUTES }));
    setError(undefined);
    send({ timer: { endsAt: new Date(Date.now() + Math.round(value * 60) * 1000).toISOString() } });
  };
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('workshop.fac.timer')}</h2>
      <Countdown endsAt={endsAt} className="fac-countdown" />
      <form className="inline-form" onSubmit={start} noValidate>
        <TextField label={t('workshop.fac.minutes')} inputMode="decimal" value={minutes} error={error} onChange={(event) => setMinutes(event.target.value)} />
        <button type="submit" className="button-primary" disabled={busy}>
          {t('workshop.fac.startTimer')}
        </button>
        <button type="button" disabled={busy || !endsAt} onClick={() => send({ timer: null })}>
          {t('workshop.fac.stopTimer')}
        </button>
      </form>
    </section>
  );
}
