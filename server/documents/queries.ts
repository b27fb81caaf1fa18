import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DocumentType } from '../../shared/domain/documents';
import type { AppDb } from '../db/database';
import { bodies, commentThreads, documents, users } from '../db/schema';
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
    })
    .from(documents)
    .leftJoin(bodies, eq(bodies.id, documents.bodyId))
    .leftJoin(users, eq(users.id, documents.lastEditedBy))
    .where(and(...conditions))
    .orderBy(desc(sql`coalesce(${documents.lastEditedAt}, ${documents.createdAt})`));
}
