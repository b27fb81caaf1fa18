import { useCallback, useEffect, useState } from 'react';
import { controlRoom } from '../../../../shared/sync/rooms';
import { EMPTY_CONTROL, readControl, type ControlState } from '../../../../shared/workshops/control';
import { ApiFailure, messageOf } from '../../api/http';
import { fetchWorkshop, type WorkshopView } from '../../api/workshops';
import type { CollabRoom } from '../../editor/collab-room';
import { useRoomValue } from '../useRoomValue';

export type LoadedWorkshop = { status: 'loading' } | { status: 'failed'; message: string; code: number | null } | { status: 'ready'; workshop: WorkshopView };

/** A workshop as the server presents it to this user; `reload` fetches it again. */
export function useWorkshop(id: string) {
  const [loaded, setLoaded] = useState<LoadedWorkshop>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetchWorkshop(id, controller.signal).then(
      (workshop) => setLoaded({ status: 'ready', workshop }),
      (failure: unknown) => {
        if (!controller.signal.aborted) setLoaded({ status: 'failed', message: messageOf(failure), code: failure instanceof ApiFailure ? failure.status : null });
      },
    );
    return () => controller.abort();
  }, [id, round]);
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
