import { writeControl } from '../../shared/workshops/control';
import { parseRoomName } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import type { RoomLoadHook } from '../sync/room-writer';
import { controlState } from './publish-control';

/**
 * When a control room loads, makes it say what the database says (phase, timer, reveal, locks, and
 * tallies only once revealed). This heals a crash between a route's commit and its room write.
 */
export function reconcileControlRoom(db: AppDb): RoomLoadHook {
  return async (roomName) => {
    const room = parseRoomName(roomName);
    if (room?.kind !== 'control') return null;
    const state = await controlState(db, room.workshopId);
    return state && ((doc) => writeControl(doc, state));
  };
}
