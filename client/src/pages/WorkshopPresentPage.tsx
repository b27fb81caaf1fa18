import { t } from '../../../shared/i18n';
import { normaliseJoinCode } from '../../../shared/workshops/join-code';
import { ApiFailure, messageOf, statusOf } from '../api/http';
import type { WorkshopView } from '../../../shared/api/workshops';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { usePathname } from '../router/history';
import { Link } from '../router/Link';
import { Redirect } from '../router/Redirect';
import { paths, type RouteParams } from '../router/paths';
import { useSession } from '../session/SessionContext';
import { Countdown } from '../workshops/Countdown';
import { FullscreenButton } from '../workshops/present/FullscreenButton';
import { isJoiningTime } from '../workshops/present/join-time';
import { JoinPanel } from '../workshops/present/JoinPanel';
import { PresentedBoard } from '../workshops/present/PresentedBoard';
import { useLiveControl, useWorkshop } from '../workshops/present/useWorkshop';
import '../workshops/present/present.css';

/** Why the workshop could not be shown: a code's refusals say so in the words of the code. */
function failureMessage(failure: unknown, code: string | undefined): string {
  const status = statusOf(failure);
  const retryAfterSeconds = failure instanceof ApiFailure ? failure.retryAfterSeconds : undefined;
  if (status === 429) return t('workshop.error.tooManyCodes', { minutes: Math.ceil((retryAfterSeconds ?? 60) / 60) });
  if (code !== undefined && status === 404) return t('workshop.present.unknownCode', { code });
  if (status === 404 || status === 403) return t('workshop.error.notFound');
  return messageOf(failure);
}

/**
 * /workshop/:id/presentation and /w/:code/present (the address read off the overview, kept as typed):
 * for the projector: the whole screen (no app header), large, AAA contrast, following the facilitator live. The code's route is open
 * to the workshop's guests too, so the server decides; a browser with no session is sent to log in.
 */
export function WorkshopPresentPage({ params }: { params: RouteParams }) {
  const { me } = useSession();
  const pathname = usePathname();
  const { code } = params;
  const { data: workshop, error, isPending } = useWorkshop(code ?? params.id ?? '', code === undefined ? 'id' : 'code');
  if (isPending) return <p role="status">{t('workshop.present.loading')}</p>;
  if (error) {
    if (statusOf(error) === 401) return <Redirect to={paths.login(pathname)} />;
    return (
      <Page title={t('workshop.present.heading')}>
        <ErrorAlert message={failureMessage(error, code)} />
        {me ? <Link to={paths.workshops()}>{t('workshop.list.back')}</Link> : <Link to={paths.join()}>{t('workshop.board.joinLink')}</Link>}
      </Page>
    );
  }
  // Only facilitators are told the code; whoever opened it by its code knows it already.
  const joinCode = workshop.joinCode ?? (code === undefined ? null : normaliseJoinCode(code));
  return <Presentation workshop={workshop} joinCode={joinCode} />;
}

function Presentation({ workshop, joinCode }: { workshop: WorkshopView; joinCode: string | null }) {
  const { control } = useLiveControl(workshop);
  const phase = workshop.phases.find((candidate) => candidate.id === control.phaseId) ?? null;
  const joining = isJoiningTime(workshop.phases, control.phaseId);
  return (
    <div className={joining ? 'presenter is-joining' : 'presenter'}>
      <Page title={workshop.title} wide>
        <div className="presenter-top">
          <div className="presenter-phase" aria-live="polite">
            <h2 data-testid="presenter-phase">{phase ? phase.name : t('workshop.present.notStarted')}</h2>
            {phase && <p className="presenter-instruction">{phase.instruction}</p>}
          </div>
          {control.timerEndsAt && <Countdown endsAt={control.timerEndsAt} className="presenter-countdown" />}
          <div className="presenter-tools">
            <FullscreenButton className="presenter-fullscreen" />
            {joinCode && !joining && <JoinPanel code={joinCode} qr className="presenter-badge" />}
          </div>
        </div>
        <div className="presenter-body">
          {joinCode && joining && (
            <section className="presenter-join" aria-labelledby="presenter-join-heading">
              <h2 id="presenter-join-heading">{t('workshop.present.joinHeading')}</h2>
              <JoinPanel code={joinCode} qr />
            </section>
          )}
          <PresentedBoard workshop={workshop} control={control} />
        </div>
      </Page>
    </div>
  );
}
