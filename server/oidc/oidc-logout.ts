import * as client from 'openid-client';
import { OIDC_LOGGED_OUT_PATH } from '../../shared/auth/oidc-settings';
import type { SessionRecord } from '../auth/sessions';
import type { OidcDeps } from './oidc-login';
import { describeProviderError } from './oidc-failure';
import { loadProviderConfig } from './provider-config';

/**
 * Where to send the browser to end its session at the identity provider too (RP-initiated logout), when
 * the session came from there, the organisation asks for it and the provider has an end_session_endpoint.
 * Samsyn's own session has ended already: a provider that does not answer only costs this step.
 */
export async function providerLogoutUrl(deps: Omit<OidcDeps, 'events' | 'now'>, session: SessionRecord, origin: string): Promise<string | null> {
  if (session.method !== 'oidc') return null;
  const provider = await loadProviderConfig(deps.db, deps.oidc, session.organisationId);
  if (!provider?.settings.enabled || !provider.settings.endSessionAtProvider) return null;
  try {
    const config = await deps.clients.configFor(provider);
    if (!config.serverMetadata().end_session_endpoint) return null;
    // client_id instead of id_token_hint: Samsyn keeps no token of the provider's once signed in.
    return client.buildEndSessionUrl(config, { client_id: provider.settings.clientId, post_logout_redirect_uri: `${origin}${OIDC_LOGGED_OUT_PATH}` }).href;
  } catch (error) {
    deps.log.warn('OIDC logout at the provider skipped: discovery failed', { organisationId: provider.organisationId, ...describeProviderError(error) });
    return null;
  }
}
