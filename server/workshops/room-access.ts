import { and, eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import type { ConnectionMode } from '../../shared/sync/protocol';
import type { RoomRef } from '../../shared/sync/rooms';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { workshopGroups } from '../db/schema';
import { findWorkshop, participationOf, workshopResource } from './load';

export type WorkshopRoomRef = Extract<RoomRef, { kind: 'board' | 'control' }>;

/**
 * A workshop room for a caller. The control room is read-only for every connection (the server writes
 * it after the facilitator's HTTP request); a board is written by its group and the facilitators and
 * read by the workshop's other participants. A guest reaches nothing outside their own workshop.
 */
export async function workshopRoomAccess(db: AppDb, caller: Caller, room: WorkshopRoomRef): Promise<ConnectionMode | null> {
  if (caller.kind === 'guest' && caller.guest.session.workshopId !== room.workshopId) return null;
  const workshop = await findWorkshop(db, room.workshopId);
  if (!workshop || workshop.organisationId !== caller.subject.organisationId) return null;
  const participant = await participationOf(db, caller, workshop.id);
  if (room.kind === 'control') return can(caller.subject, 'workshop.view', workshopResource(workshop, participant)) ? 'read' : null;
  const [group] = await db
    .select({ id: workshopGroups.id })
    .from(workshopGroups)
    .where(and(eq(workshopGroups.id, room.groupId), eq(workshopGroups.workshopId, workshop.id)));
  if (!group) return null;
  const resource = workshopResource(workshop, participant, group.id);
  if (can(caller.subject, 'workshop.board.write', resource)) return 'write';
  return can(caller.subject, 'workshop.board.read', resource) ? 'read' : null;
}
