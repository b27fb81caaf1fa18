import { inArray } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import type { Caller } from '../auth/caller';
import { BatchLoader } from '../db/batch-loader';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';
import { documentResource } from '../documents/resource';
import type { PresenceIdentity } from '../sync/presence-identity';

export type DocumentRights = (caller: Caller, documentId: string) => Promise<{ edit: boolean; read: boolean }>;

/**
 * What `can()` allows a caller on a document, for its rooms: editing, reading, or nothing (guests never
 * reach a document). The rows are read in batches: a burst of sockets to one document (a room's Wi-Fi
 * back) reads it once per batch, never from a query that began before the socket asked (no staleness).
 */
export function documentRights(db: AppDb): DocumentRights {
  const rows = new BatchLoader(async (ids: string[]) => {
    const found = await db.select().from(documents).where(inArray(documents.id, ids));
    return new Map(found.map((row) => [row.id, row]));
  });
  return async (caller, documentId) => {
    if (caller.kind === 'guest') return { edit: false, read: false };
    const document = await rows.load(documentId);
    if (!document) return { edit: false, read: false };
    const { principal } = caller;
    const resource = documentResource(document, principal.organisation.settings);
    return { edit: can(principal.subject, 'document.edit', resource), read: can(principal.subject, 'document.read', resource) };
  };
}

/** Shown as who their session says: a member as themselves, a guest as their participant. */
export async function sessionPresence(caller: Caller): Promise<PresenceIdentity | null> {
  if (caller.kind === 'guest') return { name: caller.guest.participant.name, ids: [caller.guest.participant.id] };
  const { user } = caller.principal;
  return { name: user.name, ids: [user.id] };
}
