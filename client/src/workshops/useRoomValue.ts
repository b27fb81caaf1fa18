import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { CollabRoom, RoomState } from '../editor/collab-room';
import { useCollabRoom } from '../editor/useCollabRoom';

/**
 * A live room and a value read from its Y.Doc (e.g. `readCards`, `readControl`), read again after every
 * change to the doc. `null` room name: nothing is opened and `empty` is returned.
 */
export function useRoomValue<T>(roomName: string | null, read: (doc: Y.Doc) => T, empty: T): { room: CollabRoom | null; state: RoomState; value: T; changeRefused: boolean } {
  const { room, state, changeRefused } = useCollabRoom(roomName);
  const [value, setValue] = useState<T>(empty);
  useEffect(() => {
    if (!room) return setValue(empty);
    const update = () => setValue(read(room.ydoc));
    update();
    room.ydoc.on('update', update);
    return () => room.ydoc.off('update', update);
    // `read` and `empty` are fixed per call site (module-level functions and constants).
  }, [room, read, empty]);
  return { room, state, value, changeRefused };
}
