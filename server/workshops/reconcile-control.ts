import { writeControl } from '../../shared/workshops/control';
import type { AppDb } from '../db/database';
import type { RoomChange } from '../sync/room-kind';
import { controlState } from './publish-control';

/**
 * When a control room loads, makes it say what the database says (phase, timer, reveal, locks, and
 * tallies only once revealed). This heals a crash between a route's commit and its room write.
 */
export async function controlRoomHealing(db: AppDb, workshopId: string): Promise<RoomChange | null> {
  const state = await controlState(db, workshopId);
  return state && ((doc) => writeControl(doc, state));
}
