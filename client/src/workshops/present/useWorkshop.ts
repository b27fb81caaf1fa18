import { useCallback, useEffect, useState } from 'react';
import { controlRoom } from '../../../../shared/sync/rooms';
import { EMPTY_CONTROL, readControl, type ControlState } from '../../../../shared/workshops/control';
import { ApiFailure, messageOf } from '../../api/http';
import { fetchWorkshop, fetchWorkshopByCode, type WorkshopView } from '../../api/workshops';
import type { CollabRoom } from '../../editor/collab-room';
import { useRoomValue } from '../useRoomValue';

export type LoadedWorkshop =
  | { status: 'loading' }
  | { status: 'failed'; message: string; code: number | null; retryAfterSeconds?: number }
  | { status: 'ready'; workshop: WorkshopView };

/**
 * A workshop as the server presents it to this user, named by its id or (`by: 'code'`) by its join
 * code; `reload` fetches it again.
 */
export function useWorkshop(key: string, by: 'id' | 'code' = 'id') {
  const [loaded, setLoaded] = useState<LoadedWorkshop>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    (by === 'code' ? fetchWorkshopByCode : fetchWorkshop)(key, controller.signal).then(
      (workshop) => setLoaded({ status: 'ready', workshop }),
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        const refused = failure instanceof ApiFailure ? failure : null;
        setLoaded({ status: 'failed', message: messageOf(failure), code: refused?.status ?? null, retryAfterSeconds: refused?.retryAfterSeconds });
      },
    );
    return () => controller.abort();
  }, [key, by, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { loaded, reload };
}

/**
 * The day's control state, live from the read-only control room; until the room has first synced, what
 * the workshop's HTTP view said (the room may hold an older copy from this browser's cache). After that,
 * the room's value stays shown through a reconnection.
 */
export function useLiveControl(workshop: WorkshopView): { control: ControlState; room: CollabRoom | null } {
  const { room, state, value } = useRoomValue(controlRoom(workshop.id), readControl, EMPTY_CONTROL);
  const [synced, setSynced] = useState<CollabRoom | null>(null);
  useEffect(() => {
    if (room && state.connection === 'connected') setSynced(room);
  }, [room, state.connection]);
  const live = room !== null && (synced === room || state.connection === 'connected');
  return { control: live ? value : { ...EMPTY_CONTROL, ...workshop.control }, room };
}
