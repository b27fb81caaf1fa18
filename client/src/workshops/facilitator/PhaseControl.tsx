import { useId } from 'react';
import { t } from '../../../../shared/i18n';
import type { WorkshopPhase } from '../../../../shared/workshops/workshop';
import type { ControlChange } from '../../api/workshops';

interface Props {
  phases: WorkshopPhase[];
  currentId: string | null;
  busy: boolean;
  send(change: ControlChange): void;
}

/** The day's phases with their instructions: the current one marked; forward, back, or straight to any. */
export function PhaseControl({ phases, currentId, busy, send }: Props) {
  const headingId = useId();
  const index = phases.findIndex((phase) => phase.id === currentId);
  const previous = index > 0 ? phases[index - 1] : undefined;
  const next = index < phases.length - 1 ? phases[index + 1] : undefined;
  const current = index >= 0 ? phases[index] : undefined;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('workshop.fac.phases')}</h2>
      <p data-testid="current-phase">{current ? t('workshop.fac.currentPhase', { name: current.name }) : t('workshop.fac.notStarted')}</p>
      <p className="actions">
        <button type="button" disabled={busy || !previous} onClick={() => previous && send({ phaseId: previous.id })}>
          {previous ? t('workshop.fac.previousNamed', { name: previous.name }) : t('workshop.fac.previous')}
        </button>
        <button type="button" className="button-primary" disabled={busy || !next} onClick={() => next && send({ phaseId: next.id })}>
          {next ? t('workshop.fac.nextNamed', { name: next.name }) : t('workshop.fac.next')}
        </button>
      </p>
      <ol className="phase-list">
        {phases.map((phase) => {
          const isCurrent = phase.id === currentId;
          return (
            <li key={phase.id} className={isCurrent ? 'phase phase-current' : 'phase'} aria-current={isCurrent ? 'step' : undefined}>
              <p className="phase-name">
                <strong>{phase.name}</strong> {isCurrent && <span className="phase-badge">{t('workshop.fac.now')}</span>}
              </p>
              <p className="phase-instruction">{phase.instruction}</p>
              {!isCurrent && (
                <button type="button" className="button-small" disabled={busy} onClick={() => send({ phaseId: phase.id })}>
                  {t('workshop.fac.startPhase', { name: phase.name })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
