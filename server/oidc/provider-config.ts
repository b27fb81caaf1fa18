import { eq } from 'drizzle-orm';
import { oidcSettings, type OidcSettings } from '../../shared/auth/oidc-settings';
import { decryptSecret } from '../auth/secret-box';
import type { OidcConfig } from '../config/oidc-env';
import type { AppDb } from '../db/database';
import { oidcProviders, organisations } from '../db/schema';

/** An organisation's identity provider as it is in force: from the environment when set there, else from the database. */
export interface ProviderConfig {
  organisationId: string;
  organisationName: string;
  settings: OidcSettings;
  clientSecret: string | undefined;
  /** Set by environment variables: the admin page shows it and cannot change it. */
  fromEnvironment: boolean;
  /** A secret is stored but SAMSYN_SECRET_KEY cannot open it (missing or changed key). */
  secretUnreadable: boolean;
}

export async function loadProviderConfig(db: AppDb, oidc: OidcConfig, organisationId: string): Promise<ProviderConfig | null> {
  const [row] = await db
    .select({ organisation: organisations, provider: oidcProviders })
    .from(organisations)
    .leftJoin(oidcProviders, eq(oidcProviders.organisationId, organisations.id))
    .where(eq(organisations.id, organisationId));
  if (!row) return null;
  const { organisation, provider } = row;
  const environment = oidc.environment;
  if (environment && environment.organisationSlug === organisation.slug) {
    return {
      organisationId,
      organisationName: organisation.name,
      settings: environment.settings,
      clientSecret: environment.clientSecret,
      fromEnvironment: true,
      secretUnreadable: false,
    };
  }
  const sealed = provider?.clientSecretEncrypted ?? null;
  const clientSecret = sealed && oidc.secretKey ? (decryptSecret(oidc.secretKey, sealed, organisationId) ?? undefined) : undefined;
  return {
    organisationId,
    organisationName: organisation.name,
    settings: oidcSettings(provider?.settings),
    clientSecret,
    fromEnvironment: false,
    secretUnreadable: sealed !== null && clientSecret === undefined,
  };
}

export async function findOrganisationBySlug(db: AppDb, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  return row?.id ?? null;
}

/** The organisations whose members may sign in through their identity provider: the login page's buttons. */
export async function enabledProviders(db: AppDb, oidc: OidcConfig): Promise<Array<{ organisationId: string; slug: string; name: string; passwordLogin: boolean }>> {
  const stored = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, settings: oidcProviders.settings })
    .from(oidcProviders)
    .innerJoin(organisations, eq(organisations.id, oidcProviders.organisationId));
  const environment = oidc.environment;
  const list = stored
    .filter((row) => row.slug !== environment?.organisationSlug)
    .map((row) => ({ organisationId: row.id, slug: row.slug, name: row.name, settings: oidcSettings(row.settings) }));
  if (environment) {
    const [organisation] = await db.select().from(organisations).where(eq(organisations.slug, environment.organisationSlug));
    if (organisation) list.push({ organisationId: organisation.id, slug: organisation.slug, name: organisation.name, settings: environment.settings });
  }
  return list
    .filter((entry) => entry.settings.enabled && entry.settings.issuer && entry.settings.clientId)
    .map(({ organisationId, slug, name, settings }) => ({ organisationId, slug, name, passwordLogin: settings.passwordLogin }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
