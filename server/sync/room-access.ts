import { eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import { parseRoomName } from '../../shared/sync/rooms';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';
import { documentResource } from '../documents/resource';
import { workshopRoomAccess } from '../workshops/room-access';
import type { RoomGrant } from './update-guard';

/**
 * What `can()` allows a caller in a room: write (with a guard on some writes), read-only, or nothing
 * (unknown rooms included).
 * A document's comments room is read-only for every connection (../comments changes it over HTTP);
 * guests reach only their own workshop's rooms (../workshops/room-access.ts).
 */
export async function roomAccess(db: AppDb, caller: Caller, roomName: string): Promise<RoomGrant | null> {
  const room = parseRoomName(roomName);
  if (!room) return null;
  if (room.kind === 'board' || room.kind === 'notes' || room.kind === 'control' || room.kind === 'draft') return workshopRoomAccess(db, caller, room);
  if (caller.kind === 'guest') return null;
  const [document] = await db.select().from(documents).where(eq(documents.id, room.documentId));
  if (!document) return null;
  const { principal } = caller;
  const resource = documentResource(document, principal.organisation.settings);
  const { subject } = principal;
  // The comments room is written by the server alone (after the HTTP API's checks): everyone reads it.
  if (room.kind === 'document' && can(subject, 'document.edit', resource)) return { mode: 'write' };
  return can(subject, 'document.read', resource) ? { mode: 'read' } : null;
}
