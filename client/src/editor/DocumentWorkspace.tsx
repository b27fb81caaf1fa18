import './editor.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { t, type MessageKey } from '../../../shared/i18n';
import type { DocumentView } from '../../../shared/api/documents';
import { CommentsController } from '../comments/comments-controller';
import { CommentsContext } from '../comments/CommentsContext';
import { CommentsPanel } from '../comments/CommentsPanel';
import { FollowUpSection } from '../follow-ups/FollowUpSection';
import { GoalsSection } from '../goals/GoalsSection';
import { DocumentVersions } from '../versions/DocumentVersions';
import { HistoryPanel } from '../versions/HistoryPanel';
import { useHistory } from '../versions/useHistory';
import { useMe } from '../session/SessionContext';
import { BodyEditor } from './BodyEditor';
import type { RoomState } from './collab-room';
import { ConnectionBadge, SaveState } from './ConnectionBadge';
import { Presence } from './Presence';
import { useCollabRoom } from './useCollabRoom';
import { userColor } from '../../../shared/sync/user-color';

function readOnlyKey(document: DocumentView, state: RoomState): MessageKey | null {
  // The live connection's mode is the latest word (a lock or a reopening since the page loaded).
  const mayEdit = state.mode ? state.mode === 'write' : document.permissions.includes('document.edit');
  if (mayEdit) return null;
  if (state.modeReason === 'locked' || document.status === 'fastställd') return 'editor.readOnly.locked';
  if (state.modeReason === 'role' || !document.permissions.includes('document.edit')) {
    // A commenter is told what they can do, and how, not only what they cannot.
    return document.permissions.includes('document.comment') ? 'editor.readOnly.roleComment' : 'editor.readOnly.role';
  }
  return 'editor.readOnly.other';
}

interface DocumentWorkspaceProps {
  document: DocumentView;
  roomName: string;
  /** The document's status may have changed (locked or reopened, here or by someone else). */
  onDocumentChanged(): void;
}

/** The live part of a document page: connection, save state, presence, versions, the body and (for mål) the goals, or (for an uppföljning) its goal blocks. */
export function DocumentWorkspace({ document, roomName, onDocumentChanged }: DocumentWorkspaceProps) {
  const me = useMe();
  const { room, state } = useCollabRoom(roomName);
  const modeKey = `${state.mode}:${state.modeReason}`;
  const history = useHistory(document.id, `${modeKey}:${document.status}`);
  const firstMode = useRef<string | null>(null);
  // The server tells every connection when a lock or a reopening changes its rights: refetch the status
  // then, but not for the first word on connecting, which the page's own fetch already reflects.
  useEffect(() => {
    if (state.mode === null) return;
    if (firstMode.current === null) firstMode.current = modeKey;
    else onDocumentChanged();
  }, [modeKey, state.mode, onDocumentChanged]);
  const readOnly = readOnlyKey(document, state);
  const editable = readOnly === null && state.connection !== 'closed';
  const user = { id: me.user.id, name: me.user.name, color: userColor(me.user.id) };
  const [comments] = useState(() => new CommentsController());
  const canComment = document.permissions.includes('document.comment');
  const commentsContext = useMemo(() => ({ controller: comments, canComment }), [comments, canComment]);

  return (
    <div className="workspace">
      <div className="workspace-bar">
        <ConnectionBadge state={state} />
        <SaveState state={state} />
        {room && <Presence awareness={room.provider.awareness} selfId={me.user.id} />}
      </div>
      <DocumentVersions document={document} history={history} onStatusChanged={onDocumentChanged} />
      {readOnly && (
        <p className="notice" data-testid="read-only-notice">
          {t(readOnly)}
        </p>
      )}
      <CommentsContext.Provider value={commentsContext}>
        <div className="workspace-columns">
          <div className="workspace-text">
            {room && <BodyEditor room={room} user={user} editable={editable} documentType={document.type} />}
            {room && document.type === 'mal' && <GoalsSection room={room} documentId={document.id} bodyId={document.bodyId} editable={editable} />}
            {room && document.followUp && <FollowUpSection room={room} period={document.followUp.period} editable={editable} />}
          </div>
          <CommentsPanel document={document} controller={comments} canComment={canComment} textEditable={editable} />
        </div>
      </CommentsContext.Provider>
      <HistoryPanel
        documentId={document.id}
        versions={history.versions}
        revisions={history.revisions}
        canRestore={document.status !== 'fastställd' && document.permissions.includes('document.edit')}
      />
    </div>
  );
}
