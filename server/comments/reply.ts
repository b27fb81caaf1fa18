import type { AppDb } from '../db/database';
import { comments } from '../db/schema';
import type { CommentActor } from './actor';
import type { CommentInput } from './input';
import { checkMentions, setMentions } from './mentions';

/** A reply at the end of a thread (a resolved thread too: it stays resolved until someone reopens it). */
export async function reply(db: AppDb, actor: CommentActor, threadId: string, input: CommentInput): Promise<{ commentId: string; mentionsChanged: string[] }> {
  const mentioned = await checkMentions(db, actor.organisationId, input.mentions);
  return db.transaction(async (tx) => {
    const [comment] = await tx.insert(comments).values({ threadId, authorId: actor.userId, body: input.body, createdAt: actor.at }).returning({ id: comments.id });
    const mentionsChanged = await setMentions(tx, comment!.id, mentioned, actor.at);
    return { commentId: comment!.id, mentionsChanged };
  });
}
