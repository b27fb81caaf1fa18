import { audit } from '../audit/audit-log';
import { clearAccountFailures } from '../auth/login-throttle';
import type { AppDb } from '../db/database';
import { getUser, type Actor } from './users';

/**
 * An admin lifts a member's login lock: the failures counted against their address are forgotten, so
 * the owner can log in at once instead of waiting out the window. Not found for a user of another organisation.
 */
export async function liftLoginLock(db: AppDb, actor: Actor, userId: string): Promise<{ cleared: number }> {
  const user = await getUser(db, actor.organisationId, userId);
  const cleared = await clearAccountFailures(db, user.email);
  await audit(db, {
    action: 'user.login_lock_lifted',
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    targetType: 'user',
    targetId: userId,
    details: { cleared },
    ip: actor.ip,
    at: actor.at,
  });
  return { cleared };
}
