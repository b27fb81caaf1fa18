import { createHash } from 'node:crypto';
import { and, desc, eq, lt } from 'drizzle-orm';
import { organisationSettings } from '../../shared/domain/organisation-settings';
import type { AppDb } from '../db/database';
import { documentRevisions, documents, organisations } from '../db/schema';
import { canonicalJson } from '../../shared/text/canonical-json';
import { renderState } from './render-state';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Records a revision of a document's draft: skipped when its content equals the latest revision's
 * (never a duplicate), and old revisions beyond the organisation's retention are pruned.
 */
export async function recordRevision(db: AppDb, documentId: string, state: Uint8Array, editors: string[], now: Date): Promise<boolean> {
  const rendered = renderState(state);
  const contentHash = createHash('sha256').update(canonicalJson({ content: rendered.contentJson, goals: rendered.goals })).digest('hex');
  const [document] = await db
    .select({ status: documents.status, settings: organisations.settings })
    .from(documents)
    .innerJoin(organisations, eq(organisations.id, documents.organisationId))
    .where(eq(documents.id, documentId));
  if (!document) return false;
  const [latest] = await db
    .select({ contentHash: documentRevisions.contentHash })
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, documentId))
    .orderBy(desc(documentRevisions.createdAt))
    .limit(1);
  if (latest?.contentHash === contentHash) return false;
  await db.insert(documentRevisions).values({ documentId, yjsState: state, contentHash, editors: [...new Set(editors)], createdAt: now });
  const retention = organisationSettings(document.settings).revisionRetentionDays;
  await db
    .delete(documentRevisions)
    .where(and(eq(documentRevisions.documentId, documentId), lt(documentRevisions.createdAt, new Date(now.getTime() - retention * DAY_MS))));
  return true;
}
