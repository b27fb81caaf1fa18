import { asc, eq } from 'drizzle-orm';
import { audit } from '../audit/audit-log';
import { admitLoginAttempt, throttleKeys } from '../auth/login-throttle';
import type { PasswordHasher } from '../auth/passwords';
import type { Principal } from '../auth/principal';
import { startSession } from '../auth/start-session';
import type { AppDb } from '../db/database';
import { memberships, users } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import type { Role } from '../../shared/domain/roles';

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
}

export interface LoginDeps {
  db: AppDb;
  passwords: PasswordHasher;
  now: Date;
  /**
   * Whether the organisation refuses this member a password login (it signs in through its identity
   * provider): the organisation's name when it does. Asked only once the password is right.
   */
  passwordRefused?: (organisationId: string, role: Role) => Promise<string | null>;
}

let dummyHash: Promise<string> | undefined;
/** A real argon2id hash of nothing anyone knows: unknown emails are verified against it, so they take as long. */
function timingDummy(passwords: PasswordHasher): Promise<string> {
  dummyHash ??= passwords.hash(crypto.randomUUID());
  return dummyHash;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Counts the attempt against the limit, then checks the password (always running argon2), then opens a session. */
export async function login({ db, passwords, now, passwordRefused }: LoginDeps, input: LoginInput): Promise<{ token: string; principal: Principal }> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(input.ip, email);
  const attempt = await admitLoginAttempt(db, keys, now);
  if (!attempt.admitted) {
    const wait = attempt.retryAfterSeconds;
    throw new DomainError('too_many', 'too_many_attempts', 'error.tooManyAttempts', { minutes: Math.ceil(wait / 60) }, wait);
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const usable = user?.active && user.passwordHash;
  const ok = await passwords.verify(usable ? user.passwordHash! : await timingDummy(passwords), input.password);
  const [membership] = usable
    ? await db.select().from(memberships).where(eq(memberships.userId, user.id)).orderBy(asc(memberships.createdAt)).limit(1)
    : [];

  if (!ok || !user || !usable || !membership) {
    await audit(db, {
      action: 'auth.login_failed',
      organisationId: membership?.organisationId ?? null,
      actorUserId: user?.id ?? null,
      details: { email },
      ip: input.ip,
      at: now,
    });
    throw new DomainError('unauthenticated', 'login_failed', 'error.loginFailed');
  }

  const refusedBy = await passwordRefused?.(membership.organisationId, membership.role as Role);
  if (refusedBy) {
    await audit(db, { action: 'auth.login_failed', organisationId: membership.organisationId, actorUserId: user.id, details: { email, reason: 'password_login_off' }, ip: input.ip, at: now });
    throw new DomainError('forbidden', 'password_login_off', 'oidc.error.passwordLoginOff', { organisation: refusedBy });
  }
  return startSession(db, { userId: user.id, organisationId: membership.organisationId, attempt, email, ip: input.ip, now, method: 'password' });
}
