import { asc, eq } from 'drizzle-orm';
import { audit } from '../audit/audit-log';
import { admitLoginAttempt, forgiveLoginAttempt, throttleKeys } from '../auth/login-throttle';
import type { PasswordHasher } from '../auth/passwords';
import { loadPrincipal, type Principal } from '../auth/principal';
import { createSession } from '../auth/sessions';
import type { AppDb } from '../db/database';
import { memberships, users } from '../db/schema';
import { DomainError } from '../domain/domain-error';

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
}

export interface LoginDeps {
  db: AppDb;
  passwords: PasswordHasher;
  now: Date;
}

let dummyHash: Promise<string> | undefined;
/** A real argon2id hash of nothing anyone knows: unknown emails are verified against it, so they take as long. */
function timingDummy(passwords: PasswordHasher): Promise<string> {
  dummyHash ??= passwords.hash(crypto.randomUUID());
  return dummyHash;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Counts the attempt against the limit, then checks the password (always running argon2), then opens a session. */
export async function login({ db, passwords, now }: LoginDeps, input: LoginInput): Promise<{ token: string; principal: Principal }> {
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

  await forgiveLoginAttempt(db, attempt, email);
  const { token, session } = await createSession(db, user.id, membership.organisationId, now);
  const principal = await loadPrincipal(db, session);
  if (!principal) throw new Error('a session just created has no principal');
  await audit(db, { action: 'auth.login', organisationId: membership.organisationId, actorUserId: user.id, ip: input.ip, at: now });
  return { token, principal };
}
