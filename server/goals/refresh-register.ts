import { createHash } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import type * as Y from 'yjs';
import { readFollowUp } from '../../shared/goals/follow-up-document';
import { readGoals } from '../../shared/goals/model';
import { storedGoals } from '../../shared/goals/stored-goals';
import { documentRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import { documentVersions, documents, goalAssessments, goalRegister, goalRegisterDocuments } from '../db/schema';
import { loadDocState } from '../sync/doc-store';
import { canonicalJson } from '../../shared/text/canonical-json';
import { storable } from '../../shared/text/storable';
import { registerRows, unchangedSince, type VersionGoals } from './register-rows';

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/** The document's versions, newest first (only when the newest has changed: a lock, or a first reading). */
async function versionsNewestFirst(tx: AppDb, documentId: string): Promise<VersionGoals[]> {
  const rows = await tx
    .select({ number: documentVersions.number, goals: documentVersions.goals })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.number));
  return rows.map((row) => ({ number: row.number, goals: storedGoals(row.goals) }));
}

/**
 * Brings the goal register up to date with one document: a måldokument's goals from its live draft
 * (`live`, the sync room's doc, or else its stored state) and its newest fastställd version, or an
 * uppföljning's assessments and outcomes. It holds the document's row while it
 * reads, as a lock does, so a refresh never writes a version older than one a lock has just added;
 * a reading that leaves the goals as they were writes nothing. Says 'no goals' for a document that has
 * none to register (its type never changes).
 */
export async function refreshGoalRegister(db: AppDb, documentId: string, live?: Y.Doc): Promise<'read' | 'no goals'> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    const [document] = await tx.select({ type: documents.type, followUpPeriod: documents.followUpPeriod }).from(documents).where(eq(documents.id, documentId)).for('update');
    if (!document || (document.type !== 'mal' && document.followUpPeriod === null)) return 'no goals';
    const doc = live && !live.isDestroyed ? live : await loadDocState(tx, documentRoom(documentId));
    if (document.followUpPeriod !== null) await refreshAssessments(tx, documentId, document.followUpPeriod, doc);
    else await refreshGoals(tx, documentId, doc);
    return 'read';
  });
}

/** Whether the register has already read this of the document; if not, notes that it now has. */
async function alreadyRead(tx: AppDb, documentId: string, content: unknown): Promise<boolean> {
  const fingerprint = createHash('sha256').update(canonicalJson(content)).digest('base64url');
  const [known] = await tx.select({ fingerprint: goalRegisterDocuments.fingerprint }).from(goalRegisterDocuments).where(eq(goalRegisterDocuments.documentId, documentId));
  if (known?.fingerprint === fingerprint) return true;
  await tx
    .insert(goalRegisterDocuments)
    .values({ documentId, fingerprint, refreshedAt: new Date() })
    .onConflictDoUpdate({ target: goalRegisterDocuments.documentId, set: { fingerprint, refreshedAt: new Date() } });
  return false;
}

async function refreshGoals(tx: AppDb, documentId: string, doc: Y.Doc): Promise<void> {
  const draft = storable(readGoals(doc));
  const [newest] = await tx.select({ number: documentVersions.number }).from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(desc(documentVersions.number)).limit(1);
  if (await alreadyRead(tx, documentId, { draft, version: newest?.number ?? null })) return;

  const stored = await tx.select({ goalId: goalRegister.goalId, version: goalRegister.version, unchangedSince: goalRegister.unchangedSince }).from(goalRegister).where(eq(goalRegister.documentId, documentId));
  const versionKnown = newest !== undefined && stored.some((row) => row.version === newest.number);
  // The versions are read again only when the newest is new to the register.
  const versions = newest === undefined || versionKnown ? [] : await versionsNewestFirst(tx, documentId);
  const newestGoals = newest === undefined ? null : versionKnown ? await newestVersionGoals(tx, documentId, newest.number) : versions[0]!;
  const storedSince = new Map(stored.map((row) => [row.goalId, row.unchangedSince]));
  const rows = registerRows(draft, newestGoals, (goalId) => (versionKnown ? (storedSince.get(goalId) ?? newest!.number) : unchangedSince(goalId, versions)));

  const ids = rows.map((row) => row.goalId);
  await tx.delete(goalRegister).where(ids.length ? and(eq(goalRegister.documentId, documentId), notInArray(goalRegister.goalId, ids)) : eq(goalRegister.documentId, documentId));
  if (rows.length === 0) return;
  await tx
    .insert(goalRegister)
    .values(rows.map((row) => ({ ...row, documentId, updatedAt: new Date() })))
    .onConflictDoUpdate({
      target: goalRegister.goalId,
      set: {
        position: excluded('position'),
        title: excluded('title'),
        level: excluded('level'),
        parentGoalId: excluded('parent_goal_id'),
        parentVersion: excluded('parent_version'),
        periodFrom: excluded('period_from'),
        periodTo: excluded('period_to'),
        draft: excluded('draft'),
        inForce: excluded('in_force'),
        version: excluded('version'),
        unchangedSince: excluded('unchanged_since'),
        updatedAt: excluded('updated_at'),
      },
      // A goal id another document has registered first stays that document's.
      setWhere: sql`${goalRegister.documentId} = excluded.document_id`,
    });
}

/** An uppföljning's assessments and outcomes become each goal's figures for that follow-up. */
async function refreshAssessments(tx: AppDb, documentId: string, period: string, doc: Y.Doc): Promise<void> {
  const blocks = storable(readFollowUp(doc).map(({ goalId, assessment, outcomes }) => ({ goalId, assessment, outcomes })));
  if (await alreadyRead(tx, documentId, { blocks })) return;
  await tx.delete(goalAssessments).where(eq(goalAssessments.documentId, documentId));
  const unique = [...new Map(blocks.map((block) => [block.goalId, block])).values()];
  if (unique.length) await tx.insert(goalAssessments).values(unique.map((block) => ({ ...block, period, documentId, updatedAt: new Date() })));
}

async function newestVersionGoals(tx: AppDb, documentId: string, number: number): Promise<VersionGoals> {
  const [row] = await tx.select({ goals: documentVersions.goals }).from(documentVersions).where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.number, number)));
  return { number, goals: storedGoals(row?.goals ?? []) };
}

/**
 * Reads måldokument and uppföljningar into the register: those of one organisation (after seeding), or every one the
 * register has never read (at start-up, after an upgrade that brought the register). Returns how many.
 */
export async function rebuildGoalRegister(db: AppDb, scope: { organisationId: string } | 'unread'): Promise<number> {
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .leftJoin(goalRegisterDocuments, eq(goalRegisterDocuments.documentId, documents.id))
    .where(and(or(eq(documents.type, 'mal'), isNotNull(documents.followUpPeriod)), scope === 'unread' ? isNull(goalRegisterDocuments.documentId) : eq(documents.organisationId, scope.organisationId)));
  for (const row of rows) await refreshGoalRegister(db, row.id);
  return rows.length;
}
