import { asc, eq, inArray } from 'drizzle-orm';
import type { CommentView, PersonRef, ThreadView } from '../../shared/comments/model';
import type { AppDb } from '../db/database';
import { commentMentions, commentThreads, comments, users } from '../db/schema';

type ThreadRow = typeof commentThreads.$inferSelect;
type CommentRow = typeof comments.$inferSelect;

/** Which threads to present: all of one document's, or the named ones. */
export type ThreadSelection = { documentId: string } | { threadIds: string[] };

const iso = (date: Date) => date.toISOString();

function presentComment(row: CommentRow, person: (id: string) => PersonRef, mentionedIds: string[]): CommentView {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    author: person(row.authorId),
    body: deleted ? '' : row.body,
    mentions: deleted ? [] : mentionedIds.map(person),
    createdAt: iso(row.createdAt),
    editedAt: row.editedAt ? iso(row.editedAt) : null,
    deleted,
  };
}

/**
 * Threads as the API and the comments room show them (plain JSON: dates as ISO strings), with names
 * joined from users; oldest thread first, comments oldest first.
 */
export async function loadThreadViews(db: AppDb, selection: ThreadSelection): Promise<ThreadView[]> {
  if ('threadIds' in selection && selection.threadIds.length === 0) return [];
  const where = 'documentId' in selection ? eq(commentThreads.documentId, selection.documentId) : inArray(commentThreads.id, selection.threadIds);
  const threads = await db.select().from(commentThreads).where(where).orderBy(asc(commentThreads.createdAt), asc(commentThreads.id));
  if (threads.length === 0) return [];
  const commentRows = await db
    .select()
    .from(comments)
    .where(inArray(comments.threadId, threads.map((thread) => thread.id)))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const mentionRows = commentRows.length
    ? await db.select({ commentId: commentMentions.commentId, userId: commentMentions.userId }).from(commentMentions).where(inArray(commentMentions.commentId, commentRows.map((row) => row.id))).orderBy(asc(commentMentions.createdAt), asc(commentMentions.id))
    : [];
  const userIds = new Set<string>();
  for (const thread of threads) {
    userIds.add(thread.createdBy);
    if (thread.resolvedBy) userIds.add(thread.resolvedBy);
  }
  for (const row of commentRows) userIds.add(row.authorId);
  for (const row of mentionRows) userIds.add(row.userId);
  const names = new Map((await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...userIds]))).map((u) => [u.id, u.name]));
  const person = (id: string): PersonRef => ({ id, name: names.get(id) ?? '' });
  const mentioned = groupBy(mentionRows, (row) => row.commentId);
  const byThread = groupBy(commentRows, (row) => row.threadId);
  return threads.map((thread) => presentThread(thread, (byThread.get(thread.id) ?? []).map((row) => presentComment(row, person, (mentioned.get(row.id) ?? []).map((m) => m.userId))), person));
}

function presentThread(thread: ThreadRow, commentViews: CommentView[], person: (id: string) => PersonRef): ThreadView {
  return {
    id: thread.id,
    documentId: thread.documentId,
    anchor: thread.anchor,
    createdBy: person(thread.createdBy),
    createdAt: iso(thread.createdAt),
    resolvedAt: thread.resolvedAt ? iso(thread.resolvedAt) : null,
    resolvedBy: thread.resolvedBy ? person(thread.resolvedBy) : null,
    comments: commentViews,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** One thread's view; it must exist (the caller has just loaded or written it). */
export async function loadThreadView(db: AppDb, threadId: string): Promise<ThreadView> {
  const [view] = await loadThreadViews(db, { threadIds: [threadId] });
  if (!view) throw new Error(`thread ${threadId} vanished`);
  return view;
}
