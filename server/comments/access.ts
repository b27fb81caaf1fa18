import { and, eq } from 'drizzle-orm';
import { can, type DiscussionAction, type DiscussionResource } from '../../shared/auth/permissions';
import type { Principal } from '../auth/principal';
import type { AppDb } from '../db/database';
import { commentThreads, comments, documents } from '../db/schema';
import { documentResource } from '../documents/resource';
import { z } from 'zod';
import { DomainError } from '../domain/domain-error';

type DocumentRow = typeof documents.$inferSelect;
type ThreadRow = typeof commentThreads.$inferSelect;
type CommentRow = typeof comments.$inferSelect;

const isUuid = (value: string) => z.uuid().safeParse(value).success;
const forbidden = () => new DomainError('forbidden', 'forbidden', 'error.forbidden');

function discussionResource(kind: 'thread' | 'comment', authorId: string, document: DocumentRow, principal: Principal): DiscussionResource {
  return { kind, organisationId: document.organisationId, document: documentResource(document, principal.organisation.settings), authorId };
}

/** A thread of a document in the principal's organisation (else not found, never revealing others'), if `can()` allows the action (else forbidden). */
export async function authorizeThread(db: AppDb, principal: Principal, threadId: string, action: DiscussionAction): Promise<{ thread: ThreadRow; document: DocumentRow }> {
  if (!isUuid(threadId)) throw new DomainError('not_found', 'thread_not_found', 'error.threadNotFound');
  const [row] = await db
    .select({ thread: commentThreads, document: documents })
    .from(commentThreads)
    .innerJoin(documents, eq(documents.id, commentThreads.documentId))
    .where(and(eq(commentThreads.id, threadId), eq(documents.organisationId, principal.organisation.id)));
  if (!row) throw new DomainError('not_found', 'thread_not_found', 'error.threadNotFound');
  if (!can(principal.subject, action, discussionResource('thread', row.thread.createdBy, row.document, principal))) throw forbidden();
  return row;
}

/** A comment of a document in the principal's organisation (else not found), if `can()` allows the action (else forbidden). */
export async function authorizeComment(db: AppDb, principal: Principal, commentId: string, action: DiscussionAction): Promise<{ comment: CommentRow; thread: ThreadRow; document: DocumentRow }> {
  if (!isUuid(commentId)) throw new DomainError('not_found', 'comment_not_found', 'error.commentNotFound');
  const [row] = await db
    .select({ comment: comments, thread: commentThreads, document: documents })
    .from(comments)
    .innerJoin(commentThreads, eq(commentThreads.id, comments.threadId))
    .innerJoin(documents, eq(documents.id, commentThreads.documentId))
    .where(and(eq(comments.id, commentId), eq(documents.organisationId, principal.organisation.id)));
  if (!row) throw new DomainError('not_found', 'comment_not_found', 'error.commentNotFound');
  if (!can(principal.subject, action, discussionResource('comment', row.comment.authorId, row.document, principal))) throw forbidden();
  return row;
}
