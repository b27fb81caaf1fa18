import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { t } from '../../../shared/i18n';
import { controlRoom } from '../../../shared/sync/rooms';
import { controlMap, readControl, type ControlState } from '../../../shared/workshops/control';
import { messageOf } from '../api/http';
import type { WorkshopView } from '../../../shared/api/workshops';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { Link } from '../router/Link';
import { paths, type RouteParams } from '../router/paths';
import { DoneToggle } from '../workshops/board/DoneToggle';
import { GroupBoard } from '../workshops/board/GroupBoard';
import { OtherBoards } from '../workshops/board/OtherBoards';
import { VotesBar } from '../workshops/board/VotesBar';
import { PhaseBanner } from '../workshops/board/PhaseBanner';
import { GroupNotes } from '../workshops/notes/GroupNotes';
import { useVotes } from '../workshops/board/useVotes';
import { useWorkshopView } from '../workshops/board/useWorkshopView';
import { useRoomValue } from '../workshops/useRoomValue';
import '../editor/editor.css';
import '../workshops/board/board.css';

/** The control room's state once it holds any (from the server or the local copy); null before. */
const readLiveControl = (doc: Y.Doc): ControlState | null => (controlMap(doc).size > 0 ? readControl(doc) : null);

/** Until the control room has synced, the workshop's own view of the control holds. */
const currentControl = (live: ControlState | null, workshop: WorkshopView): ControlState => live ?? { ...workshop.control, tallies: null };

/**
 * /workshop/:id — a participant's (member's or guest's) view of the day: phase, timer, their group's
 * live board. Reached without a member session too; the page asks the server what this caller may see.
 */
export function WorkshopBoardPage({ params }: { params: RouteParams }) {
  const id = params.id!;
  const { room: control, value } = useRoomValue(controlRoom(id), readLiveControl, null);
  // The facilitator's changes (phase, locks) may come with a new group or new phases: fetch again.
  // So does a board connection the server made read-only (the participant may have been moved).
  const [asked, setAsked] = useState(0);
  const askAgain = useCallback(() => setAsked((count) => count + 1), []);
  const loaded = useWorkshopView(id, `${value?.phaseId}|${value?.lockedGroups.join(',')}|${asked}`);
  const ready = loaded.data ?? null;
  const readyControl = ready && currentControl(value, ready);
  const votingOpen = ready?.phases.find((candidate) => candidate.id === readyControl?.phaseId)?.votingOpen ?? false;
  const seated = ready?.groups.some((candidate) => candidate.id === ready.me?.groupId) ?? false;
  // One set of votes for the page: a vote on any group's board counts against the same "votes left".
  const votes = useVotes(id, seated && votingOpen, readyControl?.phaseId ?? null);

  if (!ready) {
    if (!loaded.error) return <p role="status">{t('workshop.board.loading')}</p>;
    return (
      <Page title={t('workshop.board.heading')}>
        <ErrorAlert message={messageOf(loaded.error)} />
        <p>
          <Link to={paths.join()}>{t('workshop.board.joinLink')}</Link>
        </p>
      </Page>
    );
  }
  const workshop = ready;
  const me = workshop.me;
  const controlState = currentControl(value, workshop);
  const phase = workshop.phases.find((candidate) => candidate.id === controlState.phaseId) ?? null;
  const group = workshop.groups.find((candidate) => candidate.id === me?.groupId) ?? null;

  return (
    <Page title={workshop.title} wide>
      {/* The participant's own group first: on a phone it is the line they look for. */}
      <div className="workshop-header">
        {me && group && (
          <div className="workshop-group">
            <p className="workshop-group-name" data-testid="workshop-group">
              {t('workshop.board.group', { name: group.name })}
            </p>
            <DoneToggle room={control} name={me.name} groupId={group.id} />
          </div>
        )}
        <PhaseBanner phase={phase} timerEndsAt={controlState.timerEndsAt} />
      </div>
      {!me && (
        <p>
          {t('workshop.board.notJoined')} <Link to={paths.join()}>{t('workshop.board.joinLink')}</Link>
        </p>
      )}
      {me && !group && <p>{t('workshop.board.noGroup')}</p>}
      {me && group && (
        <div className="voting-area">
          <GroupBoard key={group.id} workshop={workshop} me={me} groupId={group.id} control={controlState} votes={votes} onAccessChanged={askAgain} />
          {/* Mounted only while voting is open, so the other groups' rooms are not held open all day. */}
          {votes.open && <OtherBoards workshop={workshop} ownGroupId={group.id} control={controlState} votes={votes} />}
          <VotesBar votes={votes} />
        </div>
      )}
      {me && group && (
        <GroupNotes
          key={`notes-${group.id}`}
          workshopId={workshop.id}
          groupId={group.id}
          user={{ id: me.participantId, name: me.name }}
          locked={controlState.lockedGroups.includes(group.id)}
          heading={t('workshop.notes.heading')}
        />
      )}
    </Page>
  );
}
