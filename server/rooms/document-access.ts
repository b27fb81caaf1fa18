import { eq } from 'drizzle-orm';
import { can } from '../../shared/auth/permissions';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';
import { documentResource } from '../documents/resource';
import type { PresenceIdentity } from '../sync/presence-identity';

/** What `can()` allows a caller on a document, for its rooms: editing, reading, or nothing (guests never reach a document). */
export async function documentRights(db: AppDb, caller: Caller, documentId: string): Promise<{ edit: boolean; read: boolean }> {
  if (caller.kind === 'guest') return { edit: false, read: false };
  const [document] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!document) return { edit: false, read: false };
  const { principal } = caller;
  const resource = documentResource(document, principal.organisation.settings);
  return { edit: can(principal.subject, 'document.edit', resource), read: can(principal.subject, 'document.read', resource) };
}

/** Shown as who their session says: a member as themselves, a guest as their participant. */
export async function sessionPresence(caller: Caller): Promise<PresenceIdentity | null> {
  if (caller.kind === 'guest') return { name: caller.guest.participant.name, ids: [caller.guest.participant.id] };
  const { user } = caller.principal;
  return { name: user.name, ids: [user.id] };
}
