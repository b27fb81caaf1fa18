import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { commentMentions, commentThreads, comments, documents, memberships, users } from '../db/schema';

/** How much of a comment the "Att läsa" list shows. */
const EXCERPT_LENGTH = 200;

/** Active members of an organisation, by name: whom the @-picker offers. */
export async function activeMembers(db: AppDb, organisationId: string): Promise<Array<{ id: string; name: string }>> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, organisationId)))
    .where(eq(users.active, true))
    .orderBy(asc(users.name), asc(users.id));
}

/** The user's mentions in the organisation's documents ("Att läsa"): unread first, then newest first. */
export async function mentionsOf(db: AppDb, userId: string, organisationId: string) {
  const rows = await db
    .select({ mention: commentMentions, comment: comments, threadId: commentThreads.id, documentId: documents.id, documentTitle: documents.title, authorName: users.name })
    .from(commentMentions)
    .innerJoin(comments, eq(comments.id, commentMentions.commentId))
    .innerJoin(commentThreads, eq(commentThreads.id, comments.threadId))
    .innerJoin(documents, eq(documents.id, commentThreads.documentId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(commentMentions.userId, userId), eq(documents.organisationId, organisationId)))
    .orderBy(sql`${commentMentions.readAt} is null desc`, desc(commentMentions.createdAt), desc(commentMentions.id));
  return rows.map((row) => ({
    id: row.mention.id,
    createdAt: row.mention.createdAt,
    readAt: row.mention.readAt,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    threadId: row.threadId,
    comment: {
      id: row.comment.id,
      body: row.comment.deletedAt ? '' : Array.from(row.comment.body).slice(0, EXCERPT_LENGTH).join(''),
      author: { id: row.comment.authorId, name: row.authorName },
      deleted: row.comment.deletedAt !== null,
    },
  }));
}

/** Marks one of the user's own mentions read (first reading kept); false when it is not theirs or does not exist. */
export async function markMentionRead(db: AppDb, userId: string, mentionId: string, at: Date): Promise<boolean> {
  const [mention] = await db.select({ readAt: commentMentions.readAt }).from(commentMentions).where(and(eq(commentMentions.id, mentionId), eq(commentMentions.userId, userId)));
  if (!mention) return false;
  if (!mention.readAt) await db.update(commentMentions).set({ readAt: at }).where(eq(commentMentions.id, mentionId));
  return true;
}
