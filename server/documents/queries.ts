import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DocumentType } from '../../shared/domain/documents';
import type { AppDb } from '../db/database';
import type { AssessmentSummary as FollowUpCounts } from '../../shared/goals/follow-up';
import { bodies, commentThreads, documents, goalAssessments, users } from '../db/schema';
import type { DocumentRowWithNames } from './present';

export interface DocumentFilter {
  organisationId: string;
  bodyId?: string;
  type?: DocumentType;
  includeArchived?: boolean;
  id?: string;
}

/** Documents of one organisation with the names the list shows, most recently edited first. */
export async function findDocuments(db: AppDb, filter: DocumentFilter): Promise<DocumentRowWithNames[]> {
  const conditions: SQL[] = [eq(documents.organisationId, filter.organisationId)];
  if (filter.id) conditions.push(eq(documents.id, filter.id));
  if (filter.bodyId) conditions.push(eq(documents.bodyId, filter.bodyId));
  if (filter.type) conditions.push(eq(documents.type, filter.type));
  if (!filter.includeArchived) conditions.push(isNull(documents.archivedAt));
  return db
    .select({
      document: documents,
      bodyName: bodies.name,
      lastEditorName: users.name,
      // Counted in the same query for the whole list (a correlated subquery on the thread index).
      openThreads: sql<number>`(select count(*)::int from ${commentThreads} where ${commentThreads.documentId} = ${documents.id} and ${commentThreads.resolvedAt} is null)`,
      // An uppföljning's counts, as the goal register has them (null for every other document).
      followUpCounts: sql<FollowUpCounts | null>`(case when ${documents.followUpPeriod} is null then null else (select json_build_object('total', count(*)::int, 'helt', (count(*) filter (where ${goalAssessments.assessment} = 'helt'))::int, 'delvis', (count(*) filter (where ${goalAssessments.assessment} = 'delvis'))::int, 'ej', (count(*) filter (where ${goalAssessments.assessment} = 'ej'))::int, 'ejBedomd', (count(*) filter (where ${goalAssessments.assessment} = 'ej_bedomd'))::int, 'saknas', (count(*) filter (where ${goalAssessments.assessment} is null))::int) from ${goalAssessments} where ${goalAssessments.documentId} = ${documents.id}) end)`,
    })
    .from(documents)
    .leftJoin(bodies, eq(bodies.id, documents.bodyId))
    .leftJoin(users, eq(users.id, documents.lastEditedBy))
    .where(and(...conditions))
    .orderBy(desc(sql`coalesce(${documents.lastEditedAt}, ${documents.createdAt})`));
}
