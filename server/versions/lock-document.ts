import { desc, eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { readFollowUp } from '../../shared/goals/follow-up-document';
import { t } from '../../shared/i18n';
import { documentRoom } from '../../shared/sync/rooms';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { documentVersions, documents, type DecisionReference } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { refreshGoalRegister } from '../goals/refresh-register';
import type { RoomWriter } from '../sync/room-writer';
import { HASH_SCHEME, versionHash } from './hash';
import { renderState } from './render-state';
import { storable } from '../../shared/text/storable';

export interface LockInput {
  decision: DecisionReference;
  note?: string | null;
}

/**
 * Fastställer the document's current state as its next version: one row in document_versions (number
 * without gaps, hash chained to the previous version) and the document's status, in one transaction
 * that holds the document row, so two locks at once give one version and one conflict. The goal
 * register reads the new version in that transaction.
 */
export async function lockDocument(db: AppDb, rooms: RoomWriter, actor: Actor & { userId: string }, documentId: string, input: LockInput) {
  return rooms.withFrozenRoom(documentRoom(documentId), (state) =>
    db.transaction(async (transaction) => {
      const tx = transaction as unknown as AppDb;
      const [document] = await tx.select().from(documents).where(eq(documents.id, documentId)).for('update');
      if (!document) throw new DomainError('not_found', 'document_not_found', 'error.documentNotFound');
      if (document.status === 'fastställd') throw new DomainError('conflict', 'already_locked', 'error.alreadyLocked');
      if (document.followUpPeriod !== null) assertEveryGoalAssessed(state);
      const [previous] = await tx
        .select({ number: documentVersions.number, hash: documentVersions.hash })
        .from(documentVersions)
        .where(eq(documentVersions.documentId, documentId))
        .orderBy(desc(documentVersions.number))
        .limit(1);
      // When the recorded chain is longer than the table (newest versions removed behind the trigger),
      // the next version continues the recorded one: the gap stays visible to verify-versions.
      const recorded = document.versionCount > (previous?.number ?? 0);
      const rendered = renderState(state);
      // Made storable before hashing, so the stored row is exactly what was hashed.
      const fields = storable({
        documentId,
        number: (recorded ? document.versionCount : (previous?.number ?? 0)) + 1,
        title: document.title,
        contentJson: rendered.contentJson,
        plainText: rendered.plainText,
        html: rendered.html,
        goals: rendered.goals,
        decision: input.decision,
        note: input.note ?? null,
        lockedBy: actor.userId,
        // Millisecond precision, as the database keeps it, so verify-versions recomputes the same hash.
        lockedAt: new Date(actor.at.getTime()),
        previousHash: recorded ? document.versionHead : (previous?.hash ?? null),
        yjsState: state,
      });
      const hash = versionHash(HASH_SCHEME, fields)!;
      const [row] = await tx.insert(documentVersions).values({ ...fields, hash, hashScheme: HASH_SCHEME }).returning();
      await tx.update(documents).set({ status: 'fastställd', versionCount: fields.number, versionHead: hash }).where(eq(documents.id, documentId));
      // In the same transaction: the register never shows a goal as a draft once its version exists.
      await refreshGoalRegister(tx, documentId);
      // The chain head also goes to the audit log, in the same transaction: a second record outside the table.
      await audit(tx, { action: 'document.locked', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: documentId, details: { number: fields.number, hash, decision: fields.decision }, ip: actor.ip, at: actor.at });
      return row!;
    }),
  );
}

/** An uppföljning is fastställd only once each of its goals has a bedömning; the refusal names the goals that lack one. */
function assertEveryGoalAssessed(state: Uint8Array): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const missing = readFollowUp(doc).filter((block) => block.assessment === null);
  doc.destroy();
  if (missing.length === 0) return;
  const goals = missing.map((block) => `”${block.goal.title.trim() || t('goal.untitled')}”`).join(', ');
  throw new DomainError('conflict', 'assessment_missing', 'error.followUp.assessmentMissing', { goals });
}

/** Opens a fastställd document for revision: the draft of the next version. Versions never change. */
export async function reopenDocument(db: AppDb, actor: Actor & { userId: string }, documentId: string): Promise<void> {
  const [updated] = await db
    .update(documents)
    .set({ status: 'utkast' })
    .where(sql`${documents.id} = ${documentId} and ${documents.status} = 'fastställd'`)
    .returning({ id: documents.id });
  if (!updated) throw new DomainError('conflict', 'not_locked', 'error.notLocked');
  await audit(db, { action: 'document.reopened', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: documentId, at: actor.at, ip: actor.ip });
}
