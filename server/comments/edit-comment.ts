import { and, eq, isNull } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { comments } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import type { CommentActor } from './actor';
import type { CommentInput } from './input';
import { checkMentions, setMentions } from './mentions';

/**
 * New text for one's own comment; mentions are replaced when given, else kept. A deleted comment stays
 * deleted (a conflict). Returns whose mentions changed.
 */
export async function editComment(db: AppDb, actor: CommentActor, commentId: string, input: CommentInput): Promise<string[]> {
  const mentioned = input.mentions === undefined ? undefined : await checkMentions(db, actor.organisationId, input.mentions);
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(comments)
      .set({ body: input.body, editedAt: actor.at })
      .where(and(eq(comments.id, commentId), isNull(comments.deletedAt)))
      .returning({ id: comments.id });
    if (changed.length === 0) throw new DomainError('conflict', 'comment_deleted', 'error.commentDeleted');
    return mentioned ? await setMentions(tx, commentId, mentioned, actor.at) : [];
  });
}
