import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { isLoopbackHttp } from '../../shared/auth/oidc-settings';
import type { ProviderConfig } from './provider-config';

/** How long a provider's discovery document (endpoints, keys' address) is reused before it is read again. */
const DISCOVERY_TTL_MS = 10 * 60 * 1000;
/** Seconds each request to the provider may take: a provider that is down is said so within this. */
const REQUEST_TIMEOUT_S = 10;

/**
 * openid-client configurations per provider, from its discovery document (never hand-written endpoints).
 * A failed discovery is not kept, so the next sign-in tries again.
 */
export class OidcClients {
  private readonly cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

  configFor(provider: ProviderConfig): Promise<client.Configuration> {
    const { issuer, clientId } = provider.settings;
    const secretHash = createHash('sha256').update(provider.clientSecret ?? '').digest('hex');
    const key = `${issuer}\n${clientId}\n${secretHash}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const url = new URL(issuer);
    const config = client.discovery(
      url,
      clientId,
      provider.clientSecret === undefined ? undefined : { client_secret: provider.clientSecret },
      provider.clientSecret === undefined ? client.None() : client.ClientSecretBasic(provider.clientSecret),
      // Plain http only reaches a provider on this machine (issuerProblem refuses it anywhere else).
      { timeout: REQUEST_TIMEOUT_S, execute: isLoopbackHttp(url) ? [client.allowInsecureRequests] : [] },
    );
    this.cache.set(key, { at: Date.now(), config });
    config.catch(() => this.cache.delete(key));
    return config;
  }
}
