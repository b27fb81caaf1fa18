import { useId } from 'react';
import { t, type MessageKey } from '../../../../shared/i18n';
import { notesRoom } from '../../../../shared/sync/rooms';
import { BodyEditor } from '../../editor/BodyEditor';
import type { RoomState } from '../../editor/collab-room';
import { ConnectionBadge, SaveState } from '../../editor/ConnectionBadge';
import { Presence } from '../../editor/Presence';
import { useCollabRoom } from '../../editor/useCollabRoom';
import { userColor } from '../../../../shared/sync/user-color';
import '../../editor/editor.css';
import './notes.css';

interface Props {
  workshopId: string;
  groupId: string;
  /** Who types here: a participant's id and name (guests have no user), or a facilitator's user. */
  user: { id: string; name: string };
  /** The facilitator has locked this group's board (the notes follow the board). */
  locked: boolean;
  heading: string;
  headingLevel?: 2 | 3 | 4;
}

/** Why the notes are read-only here, or null while they can be written. */
function notesReadOnlyKey(state: RoomState, locked: boolean): MessageKey | null {
  if (locked || (state.mode === 'read' && state.modeReason === 'locked')) return 'workshop.notes.locked';
  if (state.mode === 'read') return 'workshop.notes.readOnly';
  return null;
}

/**
 * A working group's shared notes (room ws:<workshop>:notes:<group>): the document editor on the room's
 * `body`, with everyone's carets, the connection and save state, and why it is read-only when it is.
 * The server decides the rights (the group's board rule); `locked` only says so before it has.
 */
export function GroupNotes({ workshopId, groupId, user, locked, heading, headingLevel = 2 }: Props) {
  const { room, state } = useCollabRoom(notesRoom(workshopId, groupId));
  const headingId = useId();
  const readOnly = notesReadOnlyKey(state, locked);
  const editable = readOnly === null && state.connection !== 'closed';
  const caretUser = { id: user.id, name: user.name, color: userColor(user.id) };
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="group-notes" aria-labelledby={headingId} data-testid="group-notes">
      <Heading id={headingId}>{heading}</Heading>
      <div className="workspace-bar">
        <ConnectionBadge state={state} testId="notes-connection-state" />
        <SaveState state={state} testId="notes-save-state" />
        {room && <Presence awareness={room.provider.awareness} selfId={user.id} />}
      </div>
      {readOnly ? (
        <p className="notice" data-testid="notes-read-only">
          {t(readOnly)}
        </p>
      ) : (
        <p className="hint">{t('workshop.notes.intro')}</p>
      )}
      {room && <BodyEditor key={room.roomName} room={room} user={caretUser} editable={editable} />}
    </section>
  );
}
