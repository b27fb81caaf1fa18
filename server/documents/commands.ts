import { and, eq } from 'drizzle-orm';
import type { DocumentType } from '../../shared/domain/documents';
import { documentRoom } from '../../shared/sync/rooms';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { bodies, documents } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { appendUpdates } from '../sync/doc-store';
import { initialDocumentState } from './initial-state';

async function assertBodyInOrganisation(db: AppDb, organisationId: string, bodyId: string | null | undefined): Promise<void> {
  if (!bodyId) return;
  const [body] = await db.select({ id: bodies.id }).from(bodies).where(and(eq(bodies.id, bodyId), eq(bodies.organisationId, organisationId)));
  if (!body) throw new DomainError('invalid', 'body_not_found', 'error.bodyNotFound');
}

export interface NewDocument {
  type: DocumentType;
  title: string;
  bodyId?: string | null;
  /** The first Yjs update instead of the type's template (a compiled workshop); never from a client. */
  initialState?: Uint8Array;
  /** An uppföljning's follow-up ('2027-delarsrapport'); one per body and follow-up. */
  followUpPeriod?: string;
}

/** Creates a document, its first content from the template and its audit entry, in one transaction: all or nothing. */
export async function createDocument(db: AppDb, actor: Actor, input: NewDocument): Promise<string> {
  await assertBodyInOrganisation(db, actor.organisationId, input.bodyId);
  const state = input.initialState ?? initialDocumentState(input.type);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    const [row] = await tx
      .insert(documents)
      .values({ organisationId: actor.organisationId, bodyId: input.bodyId ?? null, type: input.type, title: input.title.trim(), createdBy: actor.userId, followUpPeriod: input.followUpPeriod ?? null })
      .returning({ id: documents.id });
    await appendUpdates(tx, documentRoom(row!.id), [state]);
    await audit(tx, { action: 'document.created', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: row!.id, details: { type: input.type, title: input.title.trim() }, ip: actor.ip, at: actor.at });
    return row!.id;
  });
}

export interface DocumentChanges {
  title?: string;
  bodyId?: string | null;
  archived?: boolean;
}

/** Renames, moves or archives a document and audits it, in one transaction. */
export async function updateDocument(db: AppDb, actor: Actor, documentId: string, changes: DocumentChanges): Promise<void> {
  await assertBodyInOrganisation(db, actor.organisationId, changes.bodyId);
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    await tx
      .update(documents)
      .set({
        ...(changes.title !== undefined && { title: changes.title.trim() }),
        ...(changes.bodyId !== undefined && { bodyId: changes.bodyId }),
        ...(changes.archived !== undefined && { archivedAt: changes.archived ? actor.at : null }),
      })
      .where(and(eq(documents.id, documentId), eq(documents.organisationId, actor.organisationId)));
    const action = changes.archived === true ? 'document.archived' : changes.archived === false ? 'document.restored' : 'document.updated';
    await audit(tx, { action, organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: documentId, details: { ...changes }, ip: actor.ip, at: actor.at });
  });
}
