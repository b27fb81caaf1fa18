import { t } from '../../../../shared/i18n';
import type { WorkshopPhase } from '../../../../shared/workshops/workshop';
import { Countdown } from '../Countdown';

/** The current phase, its instruction and the countdown, as the control room says now. */
export function PhaseBanner({ phase, timerEndsAt }: { phase: WorkshopPhase | null; timerEndsAt: string | null }) {
  return (
    <div className="workshop-phase" data-testid="workshop-phase">
      {phase ? (
        <>
          <h2>{t('workshop.board.phase', { name: phase.name })}</h2>
          {phase.instruction && <p className="workshop-instruction">{phase.instruction}</p>}
        </>
      ) : (
        <p>{t('workshop.board.noPhase')}</p>
      )}
      {timerEndsAt && <Countdown endsAt={timerEndsAt} className="workshop-timer" />}
    </div>
  );
}
