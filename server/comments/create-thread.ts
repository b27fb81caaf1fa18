import type { AppDb } from '../db/database';
import { commentThreads, comments } from '../db/schema';
import type { CommentActor } from './actor';
import type { NewThreadInput } from './input';
import { checkMentions, setMentions } from './mentions';

/** A new thread on a document with its first comment. */
export async function createThread(db: AppDb, actor: CommentActor, documentId: string, input: NewThreadInput): Promise<{ threadId: string; commentId: string; mentionsChanged: string[] }> {
  const mentioned = await checkMentions(db, actor.organisationId, input.mentions);
  return db.transaction(async (tx) => {
    const [thread] = await tx.insert(commentThreads).values({ documentId, anchor: input.anchor, createdBy: actor.userId, createdAt: actor.at }).returning({ id: commentThreads.id });
    const [comment] = await tx.insert(comments).values({ threadId: thread!.id, authorId: actor.userId, body: input.body, createdAt: actor.at }).returning({ id: comments.id });
    const mentionsChanged = await setMentions(tx, comment!.id, mentioned, actor.at);
    return { threadId: thread!.id, commentId: comment!.id, mentionsChanged };
  });
}
