import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { controlRoom } from '../../../../shared/sync/rooms';
import { EMPTY_CONTROL, readControl, type ControlState } from '../../../../shared/workshops/control';
import { fetchWorkshop, fetchWorkshopByCode } from '../../api/workshops';
import type { WorkshopView } from '../../../../shared/api/workshops';
import type { CollabRoom } from '../../editor/collab-room';
import { queryKeys } from '../../query/query-keys';
import { useRoomValue } from '../useRoomValue';

/** A workshop as the server presents it to this user, named by its id or (`by: 'code'`) by its join code. */
export const useWorkshop = (key: string, by: 'id' | 'code' = 'id') =>
  useQuery({
    queryKey: by === 'code' ? queryKeys.workshopByCode(key) : queryKeys.workshop(key),
    queryFn: ({ signal }) => (by === 'code' ? fetchWorkshopByCode : fetchWorkshop)(key, signal),
  });

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
