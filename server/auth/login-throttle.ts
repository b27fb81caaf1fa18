import { and, asc, count, eq, gt, inArray, lt } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { loginFailures } from '../db/schema';

/** Failures allowed per account in the window. */
export const LOGIN_FAILURE_LIMIT = 10;
/** Failures allowed per IP: higher, since a whole town hall may share one public address. */
export const LOGIN_FAILURE_LIMIT_PER_IP = 50;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export const throttleKeys = (ip: string, email: string) => [`ip:${ip}`, `account:${email}`];

const limitFor = (key: string) => (key.startsWith('ip:') ? LOGIN_FAILURE_LIMIT_PER_IP : LOGIN_FAILURE_LIMIT);

/** Seconds until the next attempt may be made, or null when none of the keys has reached the limit. */
export async function retryAfterSeconds(db: AppDb, keys: string[], now: Date): Promise<number | null> {
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

export async function recordLoginFailure(db: AppDb, keys: string[], now: Date): Promise<void> {
  await db.insert(loginFailures).values(keys.map((key) => ({ key, createdAt: now })));
  await db.delete(loginFailures).where(lt(loginFailures.createdAt, new Date(now.getTime() - LOGIN_WINDOW_MS)));
}

/** A successful login clears its account's failures (not its IP's: a shared IP may hold an attacker too). */
export async function clearLoginFailures(db: AppDb, keys: string[]): Promise<void> {
  await db.delete(loginFailures).where(inArray(loginFailures.key, keys));
}
