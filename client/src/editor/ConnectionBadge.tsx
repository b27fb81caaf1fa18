import { t, type MessageKey } from '../../../shared/i18n';
import { CLOSE } from '../../../shared/sync/protocol';
import type { RoomState } from './collab-room';

function connectionKey(state: RoomState, readOnlyKey: MessageKey): MessageKey {
  if (state.connection === 'offline') return 'connection.offline';
  if (state.connection === 'closed') return 'connection.disconnected';
  if (state.connection === 'reconnecting') return 'connection.reconnecting';
  if (state.connection === 'connecting') return 'connection.connecting';
  return state.mode === 'read' ? readOnlyKey : 'connection.connected';
}

function closedKey(code: number | null): MessageKey {
  if (code === CLOSE.unauthenticated) return 'connection.unauthenticated';
  if (code === CLOSE.forbidden) return 'connection.forbidden';
  return 'connection.closed';
}

/**
 * Always visible: connected, reconnecting, offline or read-only (in the page's own words when it has
 * them, e.g. "Röstning pågår" on a board during voting); and, once the server ends it, why.
 */
export function ConnectionBadge({ state, testId = 'connection-state', readOnlyKey = 'connection.readOnly' }: { state: RoomState; testId?: string; readOnlyKey?: MessageKey }) {
  const closed = state.connection === 'closed';
  return (
    <>
      <p role="status" className={`badge badge-${state.connection}${state.mode === 'read' ? ' badge-read' : ''}`} data-testid={testId}>
        <span className="visually-hidden">{t('connection.label')}: </span>
        {t(connectionKey(state, readOnlyKey))}
      </p>
      <div role="alert" className={closed ? 'alert alert-error' : 'alert-empty'}>
        {closed ? t(closedKey(state.closeCode)) : null}
      </div>
    </>
  );
}

/** "Alla ändringar sparade" when the server's database holds everything typed here, else "Sparar…". */
export function SaveState({ state, testId = 'save-state' }: { state: RoomState; testId?: string }) {
  const key: MessageKey = state.saved ? 'connection.saved' : state.connection === 'offline' ? 'connection.savedLocally' : 'connection.saving';
  return (
    <p role="status" className="save-state" data-testid={testId}>
      {t(key)}
    </p>
  );
}
