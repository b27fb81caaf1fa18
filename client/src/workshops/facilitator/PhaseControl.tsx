import { useId, useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { WorkshopPhase } from '../../../../shared/workshops/workshop';
import { messageOf } from '../../api/http';
import { updateWorkshop, type ControlChange } from '../../api/workshops';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { useSubmit } from '../../forms/useSubmit';

interface Props {
  workshopId: string;
  phases: WorkshopPhase[];
  currentId: string | null;
  busy: boolean;
  send(change: ControlChange): void;
}

/**
 * The day's phases with their instructions: the current one marked; forward, back, or straight to any.
 * Each phase can be made an anonymous activity (saved with the workshop's phases); boards say so before
 * anyone writes, and cards written then carry no author.
 */
export function PhaseControl({ workshopId, phases: initialPhases, currentId, busy, send }: Props) {
  const headingId = useId();
  const [phases, setPhases] = useState(initialPhases);
  const { busy: saving, error, setError, run } = useSubmit();
  const [saved, setSaved] = useState<string | null>(null);
  const index = phases.findIndex((phase) => phase.id === currentId);
  const previous = index > 0 ? phases[index - 1] : undefined;
  const next = index < phases.length - 1 ? phases[index + 1] : undefined;
  const current = index >= 0 ? phases[index] : undefined;

  // Shown at once, saved with all the phases; back as it was if saving fails.
  const setAnonymous = async (phase: WorkshopPhase, anonymous: boolean) => {
    const before = phases;
    const changed = phases.map((candidate) => (candidate.id === phase.id ? { ...candidate, anonymous } : candidate));
    setPhases(changed);
    setSaved(null);
    await run(
      async () => {
        const updated = await updateWorkshop(workshopId, { phases: changed });
        setPhases(updated.phases);
        setSaved(t(anonymous ? 'workshop.fac.anonymousSaved' : 'workshop.fac.anonymousCleared', { name: phase.name }));
      },
      (failure) => {
        setPhases(before);
        setError(messageOf(failure));
      },
    );
  };

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
      <ErrorAlert message={error} />
      <StatusMessage>{saved}</StatusMessage>
      <ol className="phase-list">
        {phases.map((phase) => {
          const isCurrent = phase.id === currentId;
          return (
            <li key={phase.id} className={isCurrent ? 'phase phase-current' : 'phase'} aria-current={isCurrent ? 'step' : undefined} data-phase={phase.id}>
              <p className="phase-name">
                <strong>{phase.name}</strong> {isCurrent && <span className="phase-badge">{t('workshop.fac.now')}</span>}{' '}
                {phase.anonymous && <span className="phase-badge phase-badge-anonymous">{t('workshop.fac.anonymousBadge')}</span>}
              </p>
              <p className="phase-instruction">{phase.instruction}</p>
              <p className="checkbox">
                <label>
                  <input type="checkbox" checked={phase.anonymous} disabled={saving} onChange={(event) => void setAnonymous(phase, event.target.checked)} />{' '}
                  {t('workshop.fac.anonymous')}
                  <span className="visually-hidden">: {phase.name}</span>
                </label>
              </p>
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
