import { and, eq } from 'drizzle-orm';
import { emailDomainAllowed, mappedAccess, type OidcSettings } from '../../shared/auth/oidc-settings';
import type { Role } from '../../shared/domain/roles';
import { normaliseEmail } from '../accounts/login';
import { getUser, updateUser } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { bodies, memberships, userIdentities, users } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import type { AccessEvents } from '../events/access-events';
import type { Logger } from '../log/logger';
import { oidcFailure } from './oidc-failure';
import type { ProviderConfig } from './provider-config';

interface AccountDeps {
  db: AppDb;
  log: Logger;
  events: AccessEvents;
  now: Date;
}

/** The address the provider vouches for, normalised as Samsyn stores it; null when the claim is missing. */
export function claimedEmail(claims: Record<string, unknown>, settings: Pick<OidcSettings, 'emailClaim'>): string | null {
  const value = claims[settings.emailClaim];
  return typeof value === 'string' && value.includes('@') ? normaliseEmail(value) : null;
}

function claimedName(claims: Record<string, unknown>, settings: OidcSettings, email: string): string {
  const value = claims[settings.nameClaim];
  const name = typeof value === 'string' ? value.trim().slice(0, 200) : '';
  return name || email;
}

/**
 * Whether the provider vouches for the address: `email_verified`, or Entra ID's optional `xms_edov`
 * (the address's domain is verified by the tenant; Entra sends no email_verified).
 */
const emailVerified = (claims: Record<string, unknown>) => claims.email_verified === true || claims.xms_edov === true;

/** The role and bodies the claims give, when a claim is mapped; null leaves them as the admin set them. */
function accessFromClaims(claims: Record<string, unknown>, settings: OidcSettings): { role: Role; bodyIds: string[] } | null {
  if (!settings.roleClaim) return null;
  return mappedAccess(claims[settings.roleClaim], settings.roleMappings) ?? { role: settings.defaultRole, bodyIds: [] };
}

/** Mapped body ids that are this organisation's (a mapping may outlive a body). */
async function ownBodies(db: AppDb, organisationId: string, bodyIds: string[]): Promise<string[]> {
  if (bodyIds.length === 0) return [];
  const rows = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.organisationId, organisationId));
  const own = new Set(rows.map((row) => row.id));
  return bodyIds.filter((id) => own.has(id));
}

/**
 * Who signs in: the account linked to this issuer and subject; else an account with the same address,
 * linked only when the provider says the address is verified; else a new account (or a refusal, as the
 * organisation chose). A deactivated account is refused whichever way it was found.
 */
export async function resolveAccount(
  deps: AccountDeps,
  provider: ProviderConfig,
  identity: { issuer: string; claims: Record<string, unknown> },
): Promise<{ userId: string; email: string }> {
  const { db, now } = deps;
  const { settings, organisationId } = provider;
  const { issuer, claims } = identity;
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  const email = claimedEmail(claims, settings);
  if (!email || !subject) throw oidcFailure('oidc_no_email');
  if (!emailDomainAllowed(email, settings.allowedDomains)) throw oidcFailure('oidc_domain_refused');

  const [linked] = await db
    .select({ id: users.id, active: users.active })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  let user = linked;
  if (!user) {
    const [byEmail] = await db.select({ id: users.id, active: users.active }).from(users).where(eq(users.email, email));
    if (byEmail) {
      // Someone else's provider account with the same address must not take over a password account.
      if (!emailVerified(claims)) throw oidcFailure('oidc_email_unverified');
      if (!byEmail.active) throw oidcFailure('oidc_deactivated');
      await db.insert(userIdentities).values({ issuer, subject, userId: byEmail.id, createdAt: now });
      await audit(db, { action: 'user.identity_linked', organisationId, actorUserId: byEmail.id, targetType: 'user', targetId: byEmail.id, details: { issuer, email }, at: now });
      user = byEmail;
    }
  }
  if (user && !user.active) throw oidcFailure('oidc_deactivated');

  const access = accessFromClaims(claims, settings);
  const [membership] = user
    ? await db.select().from(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, organisationId)))
    : [];
  if (!user || !membership) {
    if (settings.provisioning !== 'create') throw oidcFailure('oidc_no_account');
    const userId = await provision(deps, provider, { user, issuer, subject, email, name: claimedName(claims, settings, email), role: access?.role ?? settings.defaultRole });
    if (access && access.bodyIds.length > 0) await applyAccess(deps, organisationId, userId, access);
    return { userId, email };
  }
  if (access) await applyAccess(deps, organisationId, user.id, access);
  await db.update(userIdentities).set({ lastLoginAt: now }).where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return { userId: user.id, email };
}

/** A first sign-in: the account (without a password: it signs in through the provider) and its membership. */
async function provision(
  deps: AccountDeps,
  provider: ProviderConfig,
  input: { user: { id: string } | undefined; issuer: string; subject: string; email: string; name: string; role: Role },
): Promise<string> {
  const { db, now } = deps;
  const { organisationId } = provider;
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    let userId = input.user?.id;
    if (!userId) {
      const [created] = await tx.insert(users).values({ email: input.email, name: input.name, passwordHash: null, createdAt: now, updatedAt: now }).returning({ id: users.id });
      userId = created!.id;
    }
    await tx.insert(memberships).values({ userId, organisationId, role: input.role, createdAt: now });
    await tx.insert(userIdentities).values({ issuer: input.issuer, subject: input.subject, userId, createdAt: now, lastLoginAt: now }).onConflictDoNothing();
    await audit(tx, {
      action: 'user.created',
      organisationId,
      actorUserId: null,
      targetType: 'user',
      targetId: userId,
      details: { email: input.email, role: input.role, via: 'oidc', issuer: input.issuer },
      at: now,
    });
    return userId;
  });
}

/**
 * The provider's groups decide the role and bodies at every sign-in. A change that would leave the
 * organisation without an active admin is not made (the admin fixes the mapping); it is logged.
 */
async function applyAccess(deps: AccountDeps, organisationId: string, userId: string, access: { role: Role; bodyIds: string[] }): Promise<void> {
  const { db, now, log, events } = deps;
  const before = await getUser(db, organisationId, userId);
  const bodyIds = await ownBodies(db, organisationId, access.bodyIds);
  const sameBodies = bodyIds.length === before.bodyIds.length && bodyIds.every((id) => before.bodyIds.includes(id));
  if (before.role === access.role && sameBodies) return;
  const actor = { organisationId, userId: null, at: now };
  try {
    await updateUser(db, actor, userId, { ...(before.role === access.role ? {} : { role: access.role }), ...(sameBodies ? {} : { bodyIds }) });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    log.warn('OIDC role mapping not applied', { organisationId, userId, reason: error.code });
    return;
  }
  await events.changed({ kind: 'user', userId });
}
