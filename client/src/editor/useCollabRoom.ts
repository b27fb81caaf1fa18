import { useEffect, useState, useSyncExternalStore } from 'react';
import { CollabRoom, type RoomState } from './collab-room';

const IDLE: RoomState = { connection: 'connecting', closeCode: null, mode: null, modeReason: null, saved: true };
const noop = () => () => {};

/** Opens the room while the component is mounted (null until then) and follows its state. */
export function useCollabRoom(roomName: string | null): { room: CollabRoom | null; state: RoomState } {
  const [room, setRoom] = useState<CollabRoom | null>(null);
  useEffect(() => {
    if (!roomName) return;
    const opened = new CollabRoom(roomName);
    setRoom(opened);
    return () => {
      setRoom(null);
      opened.destroy();
    };
  }, [roomName]);
  const state = useSyncExternalStore(room?.subscribe ?? noop, room?.getState ?? (() => IDLE));
  return { room, state };
}
