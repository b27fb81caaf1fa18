import { writeControl, type ControlState } from '../../shared/workshops/control';
import { controlRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import type { RoomWriter } from '../sync/room-writer';
import { currentPhase, findWorkshop } from './load';
import { tallies } from './tallies';

/** The control state as stored: tallies only once the votes are revealed (blind until then). */
export async function controlState(db: AppDb, workshopId: string): Promise<ControlState | null> {
  const workshop = await findWorkshop(db, workshopId);
  if (!workshop) return null;
  return {
    phaseId: workshop.currentPhaseId,
    timerEndsAt: workshop.timerEndsAt?.toISOString() ?? null,
    votesRevealed: workshop.votesRevealed,
    lockedGroups: workshop.lockedGroupIds,
    tallies: workshop.votesRevealed ? await tallies(db, workshopId) : null,
    presentedGroupId: workshop.presentedGroupId,
    anonymous: currentPhase(workshop)?.anonymous === true,
    cardsHidden: workshop.cardsHidden,
  };
}

/**
 * Writes the workshop's control state, as the database has it when its turn comes, into the control
 * room (which every client only reads). One publication per workshop at a time, so the room never ends
 * on an older state than the database.
 */
export async function publishControl(db: AppDb, rooms: RoomWriter, workshopId: string): Promise<void> {
  const room = controlRoom(workshopId);
  await rooms.serially(room, async () => {
    const state = await controlState(db, workshopId);
    if (state) await rooms.applyToRoom(room, (doc) => writeControl(doc, state));
  });
}
