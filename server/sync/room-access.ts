import { eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import type { ConnectionMode } from '../../shared/sync/protocol';
import { parseRoomName } from '../../shared/sync/rooms';
import type { Principal } from '../auth/principal';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';

/** What `can()` allows a principal in a room: write, read-only, or nothing (unknown rooms included). */
export async function roomAccess(db: AppDb, principal: Principal, roomName: string): Promise<ConnectionMode | null> {
  const room = parseRoomName(roomName);
  if (!room) return null;
  const [document] = await db.select().from(documents).where(eq(documents.id, room.documentId));
  if (!document || document.archivedAt) return null;
  const resource = {
    kind: 'document',
    organisationId: document.organisationId,
    bodyId: document.bodyId,
    status: document.status,
    settings: principal.organisation.settings,
  } as const;
  const { subject } = principal;
  switch (room.kind) {
    case 'document':
      if (can(subject, 'document.edit', resource)) return 'write';
      return can(subject, 'document.read', resource) ? 'read' : null;
    case 'comments':
      if (can(subject, 'document.comment', resource)) return 'write';
      return can(subject, 'document.read', resource) ? 'read' : null;
  }
}
