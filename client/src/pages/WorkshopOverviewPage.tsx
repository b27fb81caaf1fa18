import { t } from '../../../shared/i18n';
import { messageOf, statusOf } from '../api/http';
import type { WorkshopView } from '../../../shared/api/workshops';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { Link } from '../router/Link';
import { paths, type RouteParams } from '../router/paths';
import { BoardsOverview } from '../workshops/facilitator/BoardsOverview';
import { CompilePanel } from '../workshops/facilitator/CompilePanel';
import { GroupControls } from '../workshops/facilitator/GroupControls';
import { ParticipantsPanel } from '../workshops/facilitator/ParticipantsPanel';
import { PhaseControl } from '../workshops/facilitator/PhaseControl';
import { TimerControl } from '../workshops/facilitator/TimerControl';
import { workshopDateLabel, workshopTypeLabel } from '../workshops/facilitator/labels';
import { useConnected } from '../workshops/facilitator/useConnected';
import { useControl } from '../workshops/facilitator/useControl';
import { JoinPanel } from '../workshops/present/JoinPanel';
import { useLiveControl, useWorkshop } from '../workshops/present/useWorkshop';
import '../workshops/facilitator/facilitator.css';

/** /workshop/:id/ledning: the facilitator runs the day from here. */
export function WorkshopOverviewPage({ params }: { params: RouteParams }) {
  const { data: workshop, error, isPending } = useWorkshop(params.id ?? '');
  if (isPending) return <p role="status">{t('app.loading')}</p>;
  if (error) {
    const status = statusOf(error);
    return (
      <Page title={t('workshop.fac.heading')}>
        <ErrorAlert message={status === 404 || status === 403 ? t('workshop.error.notFound') : messageOf(error)} />
        <Link to={paths.workshops()}>{t('workshop.list.back')}</Link>
      </Page>
    );
  }
  return <Overview workshop={workshop} />;
}

function Overview({ workshop }: { workshop: WorkshopView }) {
  const { control, room } = useLiveControl(workshop);
  const { send, busy, error } = useControl(workshop.id);
  const connected = useConnected(room);
  return (
    <Page title={t('workshop.fac.title', { title: workshop.title })} wide>
      <p className="document-meta">
        {t('workshop.list.meta', { type: workshopTypeLabel(workshop.type), date: workshopDateLabel(workshop.date), groups: workshop.groups.length })}
      </p>
      <p className="row-actions">
        <Link to={paths.workshopPresentation(workshop)}>{t('workshop.fac.openPresentation')}</Link>
        <Link to={paths.workshops()}>{t('workshop.list.back')}</Link>
      </p>
      {workshop.joinCode && <JoinPanel code={workshop.joinCode} className="panel join-panel" />}
      <ErrorAlert message={error} />
      <div className="facilitator-grid">
        <PhaseControl workshopId={workshop.id} phases={workshop.phases} currentId={control.phaseId} busy={busy} send={send} />
        <div>
          <TimerControl endsAt={control.timerEndsAt} busy={busy} send={send} />
          <GroupControls workshopId={workshop.id} groups={workshop.groups} control={control} busy={busy} send={send} />
        </div>
      </div>
      <p data-testid="connected-count">{t('workshop.fac.connectedCount', { count: connected.length, done: connected.filter((person) => person.done).length })}</p>
      <BoardsOverview workshop={workshop} control={control} connected={connected} />
      <ParticipantsPanel workshopId={workshop.id} groups={workshop.groups} connected={connected} />
      <CompilePanel workshopId={workshop.id} />
    </Page>
  );
}
