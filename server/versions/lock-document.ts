import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/users';
import { audit } from '../audit';
import type { AppDb } from '../db/database';
import { documentVersions, documents, type DecisionReference } from '../db/schema';
import { ApiProblem } from '../http/errors';
import { versionHash } from './hash';
import { renderState } from './render-state';
import type { DocumentStateSource } from './state-source';

export interface LockInput {
  decision: DecisionReference;
  note?: string | null;
}

/**
 * Fastställer the document's current state as its next version: one row in document_versions (number
 * without gaps, hash chained to the previous version) and the document's status, in one transaction
 * that holds the document row, so two locks at once give one version and one 409.
 */
export async function lockDocument(db: AppDb, source: DocumentStateSource, actor: Actor & { userId: string }, documentId: string, input: LockInput) {
  const version = await source.withFrozenState(documentId, (state) =>
    db.transaction(async (transaction) => {
      const tx = transaction as unknown as AppDb;
      const [document] = await tx.select().from(documents).where(eq(documents.id, documentId)).for('update');
      if (!document) throw new ApiProblem(404, 'document_not_found', 'error.documentNotFound');
      if (document.status === 'fastställd') throw new ApiProblem(409, 'already_locked', 'error.alreadyLocked');
      const [previous] = await tx
        .select({ number: documentVersions.number, hash: documentVersions.hash })
        .from(documentVersions)
        .where(eq(documentVersions.documentId, documentId))
        .orderBy(desc(documentVersions.number))
        .limit(1);
      const rendered = renderState(state);
      const fields = {
        documentId,
        number: (previous?.number ?? 0) + 1,
        title: document.title,
        contentJson: rendered.contentJson,
        goals: rendered.goals,
        decision: input.decision,
        note: input.note ?? null,
        lockedBy: actor.userId,
        // Millisecond precision, as the database keeps it, so verify-versions recomputes the same hash.
        lockedAt: new Date(actor.at.getTime()),
        previousHash: previous?.hash ?? null,
      };
      const [row] = await tx
        .insert(documentVersions)
        .values({ ...fields, yjsState: state, plainText: rendered.plainText, html: rendered.html, hash: versionHash(fields) })
        .returning();
      await tx.update(documents).set({ status: 'fastställd' }).where(eq(documents.id, documentId));
      return row!;
    }),
  );
  await audit(db, { action: 'document.locked', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: documentId, details: { number: version.number, decision: input.decision }, ip: actor.ip, at: actor.at });
  return version;
}

/** Opens a fastställd document for revision: the draft of the next version. Versions never change. */
export async function reopenDocument(db: AppDb, actor: Actor & { userId: string }, documentId: string): Promise<void> {
  const [updated] = await db
    .update(documents)
    .set({ status: 'utkast' })
    .where(sql`${documents.id} = ${documentId} and ${documents.status} = 'fastställd'`)
    .returning({ id: documents.id });
  if (!updated) throw new ApiProblem(409, 'not_locked', 'error.notLocked');
  await audit(db, { action: 'document.reopened', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: documentId, at: actor.at, ip: actor.ip });
}
