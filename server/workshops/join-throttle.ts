import { and, asc, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { joinFailures } from '../db/schema';

/** Wrong join codes allowed per client address in the window: enough for typos at a whole table. */
export const JOIN_FAILURE_LIMIT = 20;
export const JOIN_WINDOW_MS = 15 * 60 * 1000;

export const joinThrottleKey = (ip: string) => `ip:${ip}`;

/** Seconds until this address may try a code again, or null when it is under the limit. */
async function retryAfterSeconds(db: AppDb, key: string, now: Date): Promise<number | null> {
  const inWindow = and(eq(joinFailures.key, key), gt(joinFailures.createdAt, new Date(now.getTime() - JOIN_WINDOW_MS)));
  const [row] = await db.select({ n: count() }).from(joinFailures).where(inWindow);
  const failures = row?.n ?? 0;
  if (failures < JOIN_FAILURE_LIMIT) return null;
  // Free again once enough of the oldest failures have left the window.
  const [freeing] = await db
    .select({ at: joinFailures.createdAt })
    .from(joinFailures)
    .where(inWindow)
    .orderBy(asc(joinFailures.createdAt))
    .offset(failures - JOIN_FAILURE_LIMIT)
    .limit(1);
  const waitMs = freeing ? freeing.at.getTime() + JOIN_WINDOW_MS - now.getTime() : 0;
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
}

export type JoinAttempt = { admitted: true; rowId: number } | { admitted: false; retryAfterSeconds: number };

/**
 * Counts a code lookup as a wrong guess BEFORE the code is looked up, under the address's lock, so
 * guesses sent at once see each other and no more than the limit are ever tried (as for logins).
 * A lookup that finds a workshop the caller may see is then forgiven.
 */
export function admitJoinAttempt(db: AppDb, key: string, now: Date): Promise<JoinAttempt> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`join:${key}`}, 0))`);
    const wait = await retryAfterSeconds(tx, key, now);
    if (wait !== null) return { admitted: false, retryAfterSeconds: wait };
    const [row] = await tx.insert(joinFailures).values({ key, createdAt: now }).returning({ id: joinFailures.id });
    await tx.delete(joinFailures).where(lt(joinFailures.createdAt, new Date(now.getTime() - JOIN_WINDOW_MS)));
    return { admitted: true, rowId: row!.id };
  });
}

export async function forgiveJoinAttempt(db: AppDb, attempt: { rowId: number }): Promise<void> {
  await db.delete(joinFailures).where(eq(joinFailures.id, attempt.rowId));
}
