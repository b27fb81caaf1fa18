import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { t, type MessageKey } from '../../../../shared/i18n';
import type { ControlState } from '../../../../shared/workshops/control';
import { cardQuotaOf } from '../../../../shared/workshops/limits';
import { boardRoom, draftRoom } from '../../../../shared/sync/rooms';
import type { WorkshopParticipation, WorkshopView } from '../../../../shared/api/workshops';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { ConnectionBadge } from '../../editor/ConnectionBadge';
import { useRoomValue } from '../useRoomValue';
import { BoardColumns } from './BoardColumns';
import { BoardContext, type BoardContextValue } from './BoardContext';
import { categoriesOf, closedReason, EMPTY_BOARD, readBoard, type ClosedReason } from './board-state';
import type { Votes } from './useVotes';
import { HiddenCards } from './HiddenCards';
import { NewCardPanel } from './NewCardPanel';
import { useSmallScreen } from './useSmallScreen';

const CLOSED: Record<ClosedReason, MessageKey> = {
  noPhase: 'workshop.board.closed.noPhase',
  voting: 'workshop.board.closed.voting',
  phase: 'workshop.board.closed.phase',
  locked: 'workshop.board.closed.locked',
  readOnly: 'workshop.board.closed.readOnly',
  connecting: 'workshop.board.closed.connecting',
};

interface Props {
  workshop: WorkshopView;
  me: WorkshopParticipation;
  groupId: string;
  control: ControlState;
  /** The page's votes: shared with the other groups' boards, where the participant may vote too. */
  votes: Votes;
  /** The server changed what this connection may do (e.g. the facilitator moved this participant). */
  onAccessChanged(): void;
}

/** A group's live board: connection state, why cards are closed (if they are), the columns. */
export function GroupBoard({ workshop, me, groupId, control, votes, onAccessChanged }: Props) {
  const { room, state, value, changeRefused } = useRoomValue(boardRoom(workshop.id, groupId), readBoard, EMPTY_BOARD);
  // While the facilitator hides cards, this participant's new cards go to their own draft room.
  const hidden = useRoomValue(control.cardsHidden ? draftRoom(workshop.id, me.participantId) : null, readBoard, EMPTY_BOARD);
  const addDoc = control.cardsHidden ? (hidden.state.mode === 'write' ? (hidden.room?.ydoc ?? null) : null) : (room?.ydoc ?? null);
  const phase = workshop.phases.find((candidate) => candidate.id === control.phaseId) ?? null;
  const closed = closedReason(phase, control, groupId, state);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const drafts = useRef(new Map<string, string>()).current;
  const categories = useMemo(() => categoriesOf(workshop.layout), [workshop.layout]);
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  // What was said about the last phase's work ("Kortet flyttades …") does not carry into the next one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the phase is the trigger, not a value read
  useEffect(() => setAnnouncement(null), [control.phaseId]);
  const anonymousNoticeId = useId();
  const canManage = workshop.permissions.includes('workshop.manage');
  const smallScreen = useSmallScreen();
  // Counted where new cards go now, as the server's guard counts them there.
  const cardQuota = cardQuotaOf(control.cardsHidden ? hidden.value.cards : value.cards, me.participantId, workshop.cardLimits);
  // Read-only, refused, or re-checked by the server (after a reconnect, a move, a lock): perhaps no longer
  // this group's, so ask the server again.
  const refused = state.mode === 'read' || state.connection === 'closed';
  useEffect(() => {
    if (refused || state.accessChecks > 1) onAccessChanged();
  }, [refused, state.accessChecks, onAccessChanged]);

  const context: BoardContextValue | null = room
    ? { doc: room.ydoc, addDoc, me, canWrite: closed === null, anonymous: control.anonymous, anonymousNoticeId, canManage, categories, clusters: value.clusters, votes, tallies: control.votesRevealed ? control.tallies : null, drafts, cardLimits: workshop.cardLimits, cardQuota, smallScreen, announce }
    : null;

  return (
    <section className="group-board" aria-labelledby="group-board-heading">
      <div className="board-status">
        <h2 id="group-board-heading" className="visually-hidden">
          {t('workshop.board.heading')}
        </h2>
        <ConnectionBadge state={state} readOnlyKey={closed === 'voting' ? 'workshop.board.votingBadge' : undefined} />
        {control.anonymous && (
          <p id={anonymousNoticeId} className="board-anonymous" data-testid="anonymous-notice">
            {t('workshop.board.anonymous')}
          </p>
        )}
        {closed && (
          <p className="board-closed" data-testid="board-closed">
            {t(CLOSED[closed])}
          </p>
        )}
        <ErrorAlert message={changeRefused ? t('workshop.board.changeRefused') : null} />
        <StatusMessage>{announcement}</StatusMessage>
      </div>
      {context && control.cardsHidden && hidden.room && (
        <HiddenCards board={context} doc={hidden.room.ydoc} cards={hidden.value.cards} canWrite={closed === null && hidden.state.mode === 'write'} />
      )}
      {context && (
        <BoardContext.Provider value={context}>
          {smallScreen && <NewCardPanel />}
          <BoardColumns layout={workshop.layout} content={value} />
        </BoardContext.Provider>
      )}
    </section>
  );
}
