import { and, asc, count, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { loginFailures } from '../db/schema';

/** Failures allowed per account in the window. */
export const LOGIN_FAILURE_LIMIT = 10;
/** Failures allowed per IP: higher, since a whole town hall may share one public address. */
export const LOGIN_FAILURE_LIMIT_PER_IP = 50;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

const accountKey = (email: string) => `account:${email}`;
/** A sign-in through an identity provider names no account until it succeeds: its failures count per address. */
export const ipThrottleKey = (ip: string) => `ip:${ip}`;
export const throttleKeys = (ip: string, email: string) => [ipThrottleKey(ip), accountKey(email)];

const limitFor = (key: string) => (key.startsWith('ip:') ? LOGIN_FAILURE_LIMIT_PER_IP : LOGIN_FAILURE_LIMIT);

/** Attempts on one key queue here; keys are taken in one order, so two attempts never wait on each other. */
const lockKeys = async (tx: AppDb, keys: string[]) => {
  for (const key of [...keys].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login:${key}`}, 0))`);
};

/** Seconds until the next attempt may be made, or null when none of the keys has reached the limit. */
async function retryAfterSeconds(db: AppDb, keys: string[], now: Date): Promise<number | null> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  let waitMs = 0;
  for (const key of keys) {
    const inWindow = and(eq(loginFailures.key, key), gt(loginFailures.createdAt, windowStart));
    const [row] = await db.select({ n: count() }).from(loginFailures).where(inWindow);
    const failures = row?.n ?? 0;
    const limit = limitFor(key);
    if (failures < limit) continue;
    // The key frees up when enough of its oldest failures have left the window.
    const [freeing] = await db
      .select({ at: loginFailures.createdAt })
      .from(loginFailures)
      .where(inWindow)
      .orderBy(asc(loginFailures.createdAt))
      .offset(failures - limit)
      .limit(1);
    if (freeing) waitMs = Math.max(waitMs, freeing.at.getTime() + LOGIN_WINDOW_MS - now.getTime());
  }
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
}

export type LoginAttempt = { admitted: true; rowIds: number[] } | { admitted: false; retryAfterSeconds: number };

/**
 * Counts an attempt as a failure on every key BEFORE its password is checked, under the keys' locks:
 * attempts sent at once see each other's count, so no more than the limit ever reach argon2. Refused
 * (nothing counted) while a key is at its limit.
 */
export function admitLoginAttempt(db: AppDb, keys: string[], now: Date): Promise<LoginAttempt> {
  return db.transaction(async (tx) => {
    await lockKeys(tx, keys);
    const wait = await retryAfterSeconds(tx, keys, now);
    if (wait !== null) return { admitted: false, retryAfterSeconds: wait };
    const rows = await tx
      .insert(loginFailures)
      .values(keys.map((key) => ({ key, createdAt: now })))
      .returning({ id: loginFailures.id });
    // Old rows of every key go; rows another attempt is deleting are skipped, so attempts never wait on each other.
    const expired = tx
      .select({ id: loginFailures.id })
      .from(loginFailures)
      .where(lt(loginFailures.createdAt, new Date(now.getTime() - LOGIN_WINDOW_MS)))
      .for('update', { skipLocked: true });
    await tx.delete(loginFailures).where(inArray(loginFailures.id, expired));
    return { admitted: true, rowIds: rows.map((row) => row.id) };
  });
}

/**
 * A successful login forgives its own attempt, and clears its account's earlier failures (not its IP's:
 * a shared IP may hold an attacker too).
 */
export async function forgiveLoginAttempt(db: AppDb, attempt: { rowIds: number[] }, email: string): Promise<void> {
  await db.delete(loginFailures).where(or(inArray(loginFailures.id, attempt.rowIds), eq(loginFailures.key, accountKey(email))));
}

/** Lifts an account's login lock (an admin's word): its counted failures are forgotten. Returns how many. */
export async function clearAccountFailures(db: AppDb, email: string): Promise<number> {
  const cleared = await db.delete(loginFailures).where(eq(loginFailures.key, accountKey(email))).returning({ id: loginFailures.id });
  return cleared.length;
}
