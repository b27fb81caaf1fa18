import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/passwords';
import type { Role } from '../../shared/domain/roles';
import { audit } from '../audit/audit-log';
import { generatePassword, type PasswordHasher } from '../auth/passwords';
import { invalidateUserSessions } from '../auth/sessions';
import type { AppDb } from '../db/database';
import { bodies, bodyMemberships, memberships, users } from '../db/schema';
import { isUniqueViolation } from '../db/sql-errors';
import { DomainError } from '../domain/domain-error';
import { normaliseEmail } from './login';

/** Who does an administrative change, and when: every command writes the audit log with it. */
export interface Actor {
  organisationId: string;
  userId: string | null;
  at: Date;
  ip?: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  bodyIds: string[];
  createdAt: Date;
}

function assertPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('invalid', 'password_too_short', 'error.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  }
}

export async function listUsers(db: AppDb, organisationId: string): Promise<UserView[]> {
  const rows = await db
    .select({ user: users, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
  const bodyRows = await db
    .select({ userId: bodyMemberships.userId, bodyId: bodyMemberships.bodyId })
    .from(bodyMemberships)
    .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
    .where(eq(bodies.organisationId, organisationId));
  return rows.map(({ user, role }) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: role as Role,
    active: user.active,
    bodyIds: bodyRows.filter((row) => row.userId === user.id).map((row) => row.bodyId),
    createdAt: user.createdAt,
  }));
}

export async function getUser(db: AppDb, organisationId: string, userId: string): Promise<UserView> {
  const user = (await listUsers(db, organisationId)).find((candidate) => candidate.id === userId);
  if (!user) throw new DomainError('not_found', 'user_not_found', 'error.userNotFound');
  return user;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password?: string;
  bodyIds?: string[];
}

/**
 * Creates a member of the actor's organisation; without a password, one is generated and returned once.
 * Either way someone else knows it, so the new member must choose their own at first login.
 */
export async function createUser(db: AppDb, passwords: PasswordHasher, actor: Actor, input: NewUser) {
  const email = normaliseEmail(input.email);
  const password = input.password ?? generatePassword();
  assertPasswordStrength(password);
  const passwordHash = await passwords.hash(password);
  const taken = () => new DomainError('conflict', 'email_taken', 'error.emailTaken');
  const id = await db
    .transaction(async (transaction) => {
      const tx = transaction as unknown as AppDb;
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (existing) throw taken();
      const [user] = await tx.insert(users).values({ email, name: input.name.trim(), passwordHash, passwordChangeRequired: true }).returning({ id: users.id });
      await tx.insert(memberships).values({ userId: user!.id, organisationId: actor.organisationId, role: input.role });
      await replaceBodies(tx, actor.organisationId, user!.id, input.bodyIds ?? []);
      await audit(tx, { action: 'user.created', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'user', targetId: user!.id, details: { email, role: input.role }, ip: actor.ip, at: actor.at });
      return user!.id;
    })
    .catch((error: unknown) => {
      // Two admins adding the same address at once: the unique index decides, and the loser hears why.
      throw isUniqueViolation(error, 'users_email_idx') ? taken() : error;
    });
  return { user: await getUser(db, actor.organisationId, id), password: input.password ? undefined : password };
}

async function replaceBodies(db: AppDb, organisationId: string, userId: string, bodyIds: string[]): Promise<void> {
  const unique = [...new Set(bodyIds)];
  if (unique.length > 0) {
    const found = await db.select({ id: bodies.id }).from(bodies).where(and(inArray(bodies.id, unique), eq(bodies.organisationId, organisationId)));
    if (found.length !== unique.length) throw new DomainError('invalid', 'body_not_found', 'error.bodyNotFound');
  }
  const mine = await db
    .select({ bodyId: bodyMemberships.bodyId })
    .from(bodyMemberships)
    .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
    .where(and(eq(bodyMemberships.userId, userId), eq(bodies.organisationId, organisationId)));
  const stale = mine.map((row) => row.bodyId).filter((id) => !unique.includes(id));
  if (stale.length > 0) await db.delete(bodyMemberships).where(and(eq(bodyMemberships.userId, userId), inArray(bodyMemberships.bodyId, stale)));
  const fresh = unique.filter((id) => !mine.some((row) => row.bodyId === id));
  if (fresh.length > 0) await db.insert(bodyMemberships).values(fresh.map((bodyId) => ({ userId, bodyId })));
}

/** The organisation must keep at least one active admin, or nobody could administer it again. */
async function assertOtherActiveAdmin(db: AppDb, organisationId: string, userId: string): Promise<void> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin'), eq(users.active, true), ne(users.id, userId)));
  if ((row?.n ?? 0) === 0) throw new DomainError('conflict', 'last_admin', 'error.lastAdmin');
}

export interface UserChanges {
  name?: string;
  role?: Role;
  active?: boolean;
  bodyIds?: string[];
}

export async function updateUser(db: AppDb, actor: Actor, userId: string, changes: UserChanges): Promise<UserView> {
  if (userId === actor.userId && changes.active === false) throw new DomainError('invalid', 'self_deactivate', 'error.selfDeactivate');
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    // One admin change at a time per organisation: two admins demoting each other must not leave none.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${actor.organisationId}, 7240114))`);
    const before = await getUser(tx, actor.organisationId, userId);
    const losesAdmin = before.role === 'admin' && before.active && ((changes.role && changes.role !== 'admin') || changes.active === false);
    if (losesAdmin) await assertOtherActiveAdmin(tx, actor.organisationId, userId);

    const log = (action: Parameters<typeof audit>[1]['action'], details: Record<string, unknown>) =>
      audit(tx, { action, organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'user', targetId: userId, details, ip: actor.ip, at: actor.at });

    if (changes.bodyIds !== undefined) {
      await replaceBodies(tx, actor.organisationId, userId, changes.bodyIds);
      await log('user.bodies_changed', { bodyIds: changes.bodyIds });
    }
    if (changes.name !== undefined && changes.name.trim() !== before.name) {
      await tx.update(users).set({ name: changes.name.trim(), updatedAt: actor.at }).where(eq(users.id, userId));
    }
    if (changes.role !== undefined && changes.role !== before.role) {
      await tx.update(memberships).set({ role: changes.role }).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, actor.organisationId)));
      await log('user.role_changed', { from: before.role, to: changes.role });
    }
    if (changes.active !== undefined && changes.active !== before.active) {
      await tx.update(users).set({ active: changes.active, updatedAt: actor.at }).where(eq(users.id, userId));
      if (!changes.active) await invalidateUserSessions(tx, userId);
      await log(changes.active ? 'user.activated' : 'user.deactivated', {});
    }
    return getUser(tx, actor.organisationId, userId);
  });
}

/** A new generated password, shown once to the admin; the user's sessions all end. */
export async function resetPassword(db: AppDb, passwords: PasswordHasher, actor: Actor, userId: string): Promise<string> {
  // An admin changes their own password knowing the current one (/api/me/password), like everyone.
  if (userId === actor.userId) throw new DomainError('invalid', 'self_reset', 'error.selfReset');
  await getUser(db, actor.organisationId, userId);
  const password = generatePassword();
  const passwordHash = await passwords.hash(password);
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    await tx.update(users).set({ passwordHash, passwordChangeRequired: true, updatedAt: actor.at }).where(eq(users.id, userId));
    await invalidateUserSessions(tx, userId);
    await audit(tx, { action: 'user.password_reset', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'user', targetId: userId, ip: actor.ip, at: actor.at });
  });
  return password;
}

/** A user changes their own password: every session of theirs ends (the caller opens a fresh one). */
export async function changeOwnPassword(
  db: AppDb,
  passwords: PasswordHasher,
  actor: Actor & { userId: string },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.passwordHash || !(await passwords.verify(user.passwordHash, input.currentPassword))) {
    throw new DomainError('invalid', 'wrong_current_password', 'error.wrongCurrentPassword');
  }
  assertPasswordStrength(input.newPassword);
  const passwordHash = await passwords.hash(input.newPassword);
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    await tx.update(users).set({ passwordHash, passwordChangeRequired: false, updatedAt: actor.at }).where(eq(users.id, actor.userId));
    await invalidateUserSessions(tx, actor.userId);
    await audit(tx, { action: 'auth.password_changed', organisationId: actor.organisationId, actorUserId: actor.userId, ip: actor.ip, at: actor.at });
  });
}
