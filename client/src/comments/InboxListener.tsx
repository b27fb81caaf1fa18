import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { INBOX_CHANGES, inboxRoom } from '../../../shared/sync/rooms';
import { useRoomValue } from '../workshops/useRoomValue';
import { mentionsChanged } from './useUnreadMentions';

const readChanges = (doc: Y.Doc) => doc.getArray(INBOX_CHANGES).length;

/**
 * Listens to the member's inbox room and fetches their mentions again whenever the server says they
 * changed, so "Att läsa" and its count follow live. Renders nothing; loaded on its own (it brings Yjs).
 */
export default function InboxListener({ userId }: { userId: string }) {
  const { value, state } = useRoomValue(inboxRoom(userId), readChanges, 0);
  const last = useRef(value);
  useEffect(() => {
    if (value === last.current) return;
    last.current = value;
    mentionsChanged();
  }, [value]);
  // While the socket was away (or before it first connected) the server told nobody: catch up on connecting.
  const connected = state.connection === 'connected';
  useEffect(() => {
    if (connected) mentionsChanged();
  }, [connected]);
  return null;
}
