import { eq } from 'drizzle-orm';
import { issuerProblem, normaliseDomain, type OidcSettings } from '../../shared/auth/oidc-settings';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import { encryptSecret } from '../auth/secret-box';
import type { OidcConfig } from '../config/oidc-env';
import type { AppDb } from '../db/database';
import { bodies, oidcProviders } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { loadProviderConfig } from './provider-config';

/**
 * An admin's sign-in settings, checked and stored. `clientSecret`: a string is encrypted under
 * SAMSYN_SECRET_KEY (refused without one), null removes the stored one, undefined keeps it.
 */
export async function saveProvider(db: AppDb, oidc: OidcConfig, actor: Actor, input: { settings: OidcSettings; clientSecret?: string | null }): Promise<void> {
  const current = await loadProviderConfig(db, oidc, actor.organisationId);
  if (current?.fromEnvironment) throw new DomainError('conflict', 'oidc_from_environment', 'oidc.error.fromEnvironment');
  const settings: OidcSettings = {
    ...input.settings,
    issuer: input.settings.issuer.replace(/\/$/, ''),
    allowedDomains: [...new Set(input.settings.allowedDomains.map(normaliseDomain).filter(Boolean))],
  };
  if (settings.issuer && issuerProblem(settings.issuer)) throw new DomainError('invalid', 'oidc_issuer_invalid', 'oidc.error.issuerInvalid');
  if (settings.enabled && (!settings.issuer || !settings.clientId)) throw new DomainError('invalid', 'oidc_incomplete', 'oidc.error.incomplete');
  const named = new Set(settings.roleMappings.flatMap((mapping) => mapping.bodyIds));
  if (named.size > 0) {
    const own = new Set((await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.organisationId, actor.organisationId))).map((row) => row.id));
    if ([...named].some((id) => !own.has(id))) throw new DomainError('invalid', 'oidc_unknown_body', 'oidc.error.unknownBody');
  }
  let sealed: string | null | undefined;
  if (typeof input.clientSecret === 'string') {
    if (!oidc.secretKey) throw new DomainError('conflict', 'oidc_secret_key_missing', 'oidc.error.secretKeyMissing');
    sealed = encryptSecret(oidc.secretKey, input.clientSecret, actor.organisationId);
  } else if (input.clientSecret === null) sealed = null;

  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    const values = { settings, updatedAt: actor.at, ...(sealed === undefined ? {} : { clientSecretEncrypted: sealed }) };
    await tx
      .insert(oidcProviders)
      .values({ organisationId: actor.organisationId, ...values })
      .onConflictDoUpdate({ target: oidcProviders.organisationId, set: values });
    await audit(tx, {
      action: 'organisation.oidc_changed',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      details: { settings, secret: sealed === undefined ? 'kept' : sealed === null ? 'removed' : 'set' },
      ip: actor.ip,
      at: actor.at,
    });
  });
}
