import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { comments } from '../db/schema';
import type { CommentActor } from './actor';

/**
 * Deletes a comment softly: its text is emptied (the thread shows that a comment was removed). Deleting
 * again changes nothing. Removal by someone other than the author (an admin) goes to the audit log.
 */
export async function deleteComment(db: AppDb, actor: CommentActor, comment: { id: string; authorId: string; threadId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(comments)
      .set({ body: '', deletedAt: actor.at })
      .where(and(eq(comments.id, comment.id), isNull(comments.deletedAt)))
      .returning({ id: comments.id });
    if (changed.length === 0 || comment.authorId === actor.userId) return;
    await audit(tx, {
      action: 'comment.deleted',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'comment',
      targetId: comment.id,
      details: { threadId: comment.threadId, authorId: comment.authorId },
      ip: actor.ip,
      at: actor.at,
    });
  });
}
