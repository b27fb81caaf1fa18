import { parseRoomName } from '../../shared/sync/rooms';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { participationOf } from '../workshops/load';

/**
 * Who a connection is shown as in its room's awareness, from the session: the name, and the ids the
 * client may show itself under (the first unless it picked another of them: a member who takes part in
 * a workshop is their participant on the board page and their user in the facilitator's view).
 */
export interface PresenceIdentity {
  name: string;
  ids: [string, ...string[]];
}

/**
 * Null in a group's board and a participant's draft: a board may hold an anonymous activity, and its
 * awareness never carried names (the board page sets none), so the server adds none there either.
 */
export async function presenceIdentity(db: AppDb, caller: Caller, roomName: string): Promise<PresenceIdentity | null> {
  const room = parseRoomName(roomName);
  if (!room || room.kind === 'board' || room.kind === 'draft') return null;
  if (caller.kind === 'guest') return { name: caller.guest.participant.name, ids: [caller.guest.participant.id] };
  const { user } = caller.principal;
  if (room.kind === 'document' || room.kind === 'comments') return { name: user.name, ids: [user.id] };
  const participant = await participationOf(db, caller, room.workshopId);
  return { name: user.name, ids: participant ? [participant.id, user.id] : [user.id] };
}
