import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { commentMentions, memberships, users } from '../db/schema';
import { DomainError } from '../domain/domain-error';

/** The mentioned ids, without repeats, once each is checked as an active member of the organisation (else 400). */
export async function checkMentions(db: AppDb, organisationId: string, ids: readonly string[] | undefined): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return [];
  const members = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, organisationId)))
    .where(and(inArray(users.id, unique), eq(users.active, true)));
  if (members.length !== unique.length) throw new DomainError('invalid', 'invalid_mentions', 'error.invalidMentions');
  return unique;
}

/**
 * Makes the comment's mentions exactly `userIds`: new ones are added (unread), dropped ones removed,
 * and those kept keep whether they were read. Returns whose mentions changed (added or removed).
 */
export async function setMentions(tx: AppDb, commentId: string, userIds: string[], at: Date): Promise<string[]> {
  const before = (await tx.select({ userId: commentMentions.userId }).from(commentMentions).where(eq(commentMentions.commentId, commentId))).map((row) => row.userId);
  const changed = [...before.filter((id) => !userIds.includes(id)), ...userIds.filter((id) => !before.includes(id))];
  await tx
    .delete(commentMentions)
    .where(userIds.length ? and(eq(commentMentions.commentId, commentId), notInArray(commentMentions.userId, userIds)) : eq(commentMentions.commentId, commentId));
  if (userIds.length > 0) {
    await tx
      .insert(commentMentions)
      .values(userIds.map((userId) => ({ commentId, userId, createdAt: at })))
      .onConflictDoNothing();
  }
  return changed;
}
