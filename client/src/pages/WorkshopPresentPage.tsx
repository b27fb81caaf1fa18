import { t } from '../../../shared/i18n';
import type { WorkshopView } from '../api/workshops';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { Link } from '../router/Link';
import type { RouteParams } from '../router/routes';
import { Countdown } from '../workshops/Countdown';
import { JoinPanel } from '../workshops/present/JoinPanel';
import { PresentedBoard } from '../workshops/present/PresentedBoard';
import { useLiveControl, useWorkshop } from '../workshops/present/useWorkshop';
import '../workshops/present/present.css';

/** /workshop/:id/presentation: for the projector. Large, high-contrast, and following the facilitator live. */
export function WorkshopPresentPage({ params }: { params: RouteParams }) {
  const { loaded } = useWorkshop(params.id ?? '');
  if (loaded.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <Page title={t('workshop.present.heading')}>
        <ErrorAlert message={loaded.code === 404 || loaded.code === 403 ? t('workshop.error.notFound') : loaded.message} />
        <Link to="/workshoppar">{t('workshop.list.back')}</Link>
      </Page>
    );
  }
  return <Presentation workshop={loaded.workshop} />;
}

function Presentation({ workshop }: { workshop: WorkshopView }) {
  const { control } = useLiveControl(workshop);
  const phase = workshop.phases.find((candidate) => candidate.id === control.phaseId) ?? null;
  return (
    <div className="presenter">
      <Page title={workshop.title} wide>
        <div className="presenter-top">
          <div className="presenter-phase" aria-live="polite">
            <h2 data-testid="presenter-phase">{phase ? phase.name : t('workshop.present.notStarted')}</h2>
            {phase && <p className="presenter-instruction">{phase.instruction}</p>}
          </div>
          <Countdown endsAt={control.timerEndsAt} className="presenter-countdown" />
        </div>
        {workshop.joinCode && <JoinPanel code={workshop.joinCode} qr className="presenter-join" />}
        <PresentedBoard workshop={workshop} control={control} />
      </Page>
    </div>
  );
}
