import type { SessionMethod } from '../../shared/auth/session-method';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { forgiveLoginAttempt } from './login-throttle';
import { loadPrincipal, type Principal } from './principal';
import { createSession } from './sessions';

export interface SessionStart {
  userId: string;
  organisationId: string;
  /** The throttle's count of this attempt (forgiven now) and the account whose earlier failures are cleared. */
  attempt: { rowIds: number[] };
  email: string;
  ip: string;
  now: Date;
  method: SessionMethod;
  /** What the audit row adds about how (the identity provider); never a secret or a token. */
  details?: Record<string, unknown>;
}

/**
 * The one way a member gets a session, by password or through the organisation's identity provider:
 * the attempt is forgiven, a session of the same lifetime is created, and the same `auth.login` row is
 * written. The route then sets the same cookie (writeSessionCookie with the session's expiry).
 */
export async function startSession(db: AppDb, start: SessionStart): Promise<{ token: string; principal: Principal }> {
  await forgiveLoginAttempt(db, start.attempt, start.email);
  const { token, session } = await createSession(db, start.userId, start.organisationId, start.now, start.method);
  const principal = await loadPrincipal(db, session);
  if (!principal) throw new Error('a session just created has no principal');
  await audit(db, {
    action: 'auth.login',
    organisationId: start.organisationId,
    actorUserId: start.userId,
    ...(start.details ? { details: start.details } : {}),
    ip: start.ip,
    at: start.now,
  });
  return { token, principal };
}
