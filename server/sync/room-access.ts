import { eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import type { ConnectionMode } from '../../shared/sync/protocol';
import { parseRoomName } from '../../shared/sync/rooms';
import type { Principal } from '../auth/principal';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';
import { documentResource } from '../documents/resource';

/**
 * What `can()` allows a principal in a room: write, read-only, or nothing (unknown rooms included).
 * A document's comments room is read-only for every connection (../comments changes it over HTTP).
 */
export async function roomAccess(db: AppDb, principal: Principal, roomName: string): Promise<ConnectionMode | null> {
  const room = parseRoomName(roomName);
  if (!room) return null;
  const [document] = await db.select().from(documents).where(eq(documents.id, room.documentId));
  if (!document) return null;
  const resource = documentResource(document, principal.organisation.settings);
  const { subject } = principal;
  // The comments room is written by the server alone (after the HTTP API's checks): everyone reads it.
  if (room.kind === 'document' && can(subject, 'document.edit', resource)) return 'write';
  return can(subject, 'document.read', resource) ? 'read' : null;
}
