import { and, eq, isNull } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { commentThreads } from '../db/schema';
import type { CommentActor } from './actor';

/** Marks a thread resolved (`true`) or open again (`false`); doing what is already so changes nothing. */
export async function setResolved(db: AppDb, actor: CommentActor, threadId: string, resolved: boolean): Promise<void> {
  await db
    .update(commentThreads)
    .set(resolved ? { resolvedAt: actor.at, resolvedBy: actor.userId } : { resolvedAt: null, resolvedBy: null })
    .where(and(eq(commentThreads.id, threadId), resolved ? isNull(commentThreads.resolvedAt) : undefined));
}
