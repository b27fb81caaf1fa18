import { useEffect, useState, useSyncExternalStore } from 'react';
import { CLOSE } from '../../../shared/sync/protocol';
import { CollabRoom, type RoomState } from './collab-room';

const IDLE: RoomState = { connection: 'connecting', closeCode: null, mode: null, modeReason: null, accessChecks: 0, saved: true };
const noop = () => () => {};

/**
 * Opens the room while the component is mounted (null until then) and follows its state. When the
 * server refuses a change made here, the local copy (that change included) is dropped and the room
 * opened again from the server's state; `changeRefused` then says so until the page is left.
 */
export function useCollabRoom(roomName: string | null): { room: CollabRoom | null; state: RoomState; changeRefused: boolean } {
  const [room, setRoom] = useState<CollabRoom | null>(null);
  const [refusals, setRefusals] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a refusal opens the room anew from the server's state
  useEffect(() => {
    if (!roomName) return;
    const opened = new CollabRoom(roomName);
    setRoom(opened);
    return () => {
      setRoom(null);
      opened.destroy();
    };
  }, [roomName, refusals]);
  const state = useSyncExternalStore(room?.subscribe ?? noop, room?.getState ?? (() => IDLE));
  const refused = room !== null && state.closeCode === CLOSE.refused;
  useEffect(() => {
    if (!refused) return;
    void room.discardLocalCopy().then(() => setRefusals((count) => count + 1));
  }, [refused, room]);
  return { room, state, changeRefused: refusals > 0 };
}
