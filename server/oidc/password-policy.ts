import type { Role } from '../../shared/domain/roles';
import type { OidcConfig } from '../config/oidc-env';
import type { AppDb } from '../db/database';
import { loadProviderConfig } from './provider-config';

/**
 * Whether a member may sign in with a password: yes, unless their organisation signs in only through its
 * identity provider. Admins always may, so a provider that is down or misconfigured never locks the
 * kommun out of its own settings. Returns the organisation's name when refused.
 */
export async function passwordRefusedFor(db: AppDb, oidc: OidcConfig, organisationId: string, role: Role): Promise<string | null> {
  if (role === 'admin') return null;
  const provider = await loadProviderConfig(db, oidc, organisationId);
  if (!provider?.settings.enabled || provider.settings.passwordLogin) return null;
  return provider.organisationName;
}
