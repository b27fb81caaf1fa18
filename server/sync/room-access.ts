import { eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import type { ConnectionMode } from '../../shared/sync/protocol';
import { parseRoomName } from '../../shared/sync/rooms';
import type { Principal } from '../auth/principal';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';
import { documentResource } from '../documents/resource';

/** What `can()` allows a principal in a room: write, read-only, or nothing (unknown rooms included). */
export async function roomAccess(db: AppDb, principal: Principal, roomName: string): Promise<ConnectionMode | null> {
  const room = parseRoomName(roomName);
  if (!room) return null;
  const [document] = await db.select().from(documents).where(eq(documents.id, room.documentId));
  if (!document) return null;
  const resource = documentResource(document, principal.organisation.settings);
  const { subject } = principal;
  const writeAction = room.kind === 'document' ? 'document.edit' : 'document.comment';
  if (can(subject, writeAction, resource)) return 'write';
  return can(subject, 'document.read', resource) ? 'read' : null;
}
