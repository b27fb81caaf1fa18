import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';

/** Whole seconds left until `endsAt` (never below 0). */
export function secondsLeft(endsAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 1000));
}

/** "9:59": minutes and seconds. */
export function formatSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The facilitator's countdown as every device shows it: minutes and seconds left, "Tiden är ute" at
 * zero, nothing without a timer. role="timer" is not announced on every tick.
 */
export function Countdown({ endsAt, className }: { endsAt: string | null; className?: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!endsAt) return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, [endsAt]);
  if (!endsAt) return <p className={className} data-testid="countdown">{t('workshop.timer.none')}</p>;
  const left = secondsLeft(endsAt, now);
  return (
    <p className={className} role="timer" aria-label={t('workshop.timer.label')} data-testid="countdown">
      {left === 0 ? t('workshop.timer.over') : t('workshop.timer.left', { time: formatSeconds(left) })}
    </p>
  );
}
