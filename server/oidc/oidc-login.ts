import { createHash, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import * as client from 'openid-client';
import { scopesToRequest } from '../../shared/auth/oidc-settings';
import { audit } from '../audit/audit-log';
import { admitLoginAttempt, ipThrottleKey } from '../auth/login-throttle';
import type { Principal } from '../auth/principal';
import { startSession } from '../auth/start-session';
import type { OidcConfig } from '../config/oidc-env';
import type { AppDb } from '../db/database';
import { oidcLogins } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import type { AccessEvents } from '../events/access-events';
import type { Logger } from '../log/logger';
import { claimedEmail, resolveAccount } from './oidc-accounts';
import type { OidcClients } from './oidc-clients';
import { describeProviderError, isUnreachable, oidcFailure } from './oidc-failure';
import { loadProviderConfig, type ProviderConfig } from './provider-config';

/** How long a browser may spend at the identity provider before the pending sign-in lapses. */
const OIDC_LOGIN_LIFETIME_MS = 10 * 60 * 1000;

export interface OidcDeps {
  db: AppDb;
  oidc: OidcConfig;
  clients: OidcClients;
  log: Logger;
  events: AccessEvents;
  now: Date;
}

const hashId = (token: string) => createHash('sha256').update(token).digest('hex');

async function enabledProvider(deps: Pick<OidcDeps, 'db' | 'oidc'>, organisationId: string | null): Promise<ProviderConfig> {
  const provider = organisationId ? await loadProviderConfig(deps.db, deps.oidc, organisationId) : null;
  if (!provider?.settings.enabled || !provider.settings.issuer || !provider.settings.clientId) throw oidcFailure('oidc_not_configured');
  return provider;
}

/** The provider's configuration from its discovery document; a provider that does not answer is said so. */
async function providerClient(deps: Pick<OidcDeps, 'clients' | 'log'>, provider: ProviderConfig): Promise<client.Configuration> {
  try {
    return await deps.clients.configFor(provider);
  } catch (error) {
    deps.log.warn('OIDC discovery failed', { organisationId: provider.organisationId, issuer: provider.settings.issuer, ...describeProviderError(error) });
    throw oidcFailure('oidc_unavailable');
  }
}

/**
 * Starts a sign-in: a pending row with a fresh PKCE verifier, state and nonce, found later by the
 * SHA-256 of the cookie token returned here. The browser is sent to the provider's authorization URL.
 */
export async function beginOidcLogin(
  deps: OidcDeps,
  input: { organisationId: string | null; redirectUri: string; returnTo: string | null },
): Promise<{ url: string; cookieToken: string; expiresAt: Date }> {
  const provider = await enabledProvider(deps, input.organisationId);
  const config = await providerClient(deps, provider);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const cookieToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.now.getTime() + OIDC_LOGIN_LIFETIME_MS);
  await deps.db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, deps.now));
  await deps.db.insert(oidcLogins).values({
    idHash: hashId(cookieToken),
    organisationId: provider.organisationId,
    state,
    nonce,
    codeVerifier,
    redirectUri: input.redirectUri,
    returnTo: input.returnTo,
    expiresAt,
    createdAt: deps.now,
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: scopesToRequest(provider.settings),
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, cookieToken, expiresAt };
}

/**
 * Finishes a sign-in from the provider's answer (the query of the redirect URI): counted in the login
 * throttle first, then the pending row is taken (once), the code exchanged with the PKCE verifier, and
 * state, nonce and issuer checked by openid-client; then the account is found, linked or made, and a
 * session started exactly as a password login starts one.
 */
export async function completeOidcLogin(
  deps: OidcDeps,
  input: { cookieToken: string | undefined; query: string; ip: string },
): Promise<{ token: string; principal: Principal; returnTo: string | null; provider: ProviderConfig }> {
  const { db, now, log } = deps;
  const attempt = await admitLoginAttempt(db, [ipThrottleKey(input.ip)], now);
  if (!attempt.admitted) {
    const wait = attempt.retryAfterSeconds;
    throw new DomainError('too_many', 'too_many_attempts', 'error.tooManyAttempts', { minutes: Math.ceil(wait / 60) }, wait);
  }
  let organisationId: string | null = null;
  let email: string | null = null;
  try {
    const [pending] = input.cookieToken ? await db.delete(oidcLogins).where(eq(oidcLogins.idHash, hashId(input.cookieToken))).returning() : [];
    if (!pending || pending.expiresAt.getTime() <= now.getTime()) throw oidcFailure('oidc_login_expired');
    organisationId = pending.organisationId;
    const provider = await enabledProvider(deps, organisationId);
    const config = await providerClient(deps, provider);
    const callbackUrl = new URL(pending.redirectUri);
    callbackUrl.search = new URLSearchParams(input.query).toString();
    const answered = callbackUrl.searchParams.get('error');
    if (answered) {
      log.warn('OIDC provider refused the sign-in', { organisationId, oauthError: answered.slice(0, 60) });
      throw oidcFailure('oidc_denied');
    }

    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      const unreachable = isUnreachable(error);
      log.warn(unreachable ? 'OIDC provider unreachable at the token exchange' : 'OIDC callback refused', { organisationId, ...describeProviderError(error) });
      throw oidcFailure(unreachable ? 'oidc_unavailable' : 'oidc_rejected');
    }
    const idClaims = tokens.claims()!;
    let claims: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
      try {
        // The ID token's claims win: they are signed; userinfo adds what the provider keeps out of the token.
        claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims };
      } catch (error) {
        log.warn('OIDC userinfo failed; using the ID token claims alone', { organisationId, ...describeProviderError(error) });
      }
    }
    const issuer = config.serverMetadata().issuer;
    email = claimedEmail(claims, provider.settings);
    const account = await resolveAccount(deps, provider, { issuer, claims });
    const session = await startSession(db, {
      userId: account.userId,
      organisationId: provider.organisationId,
      attempt,
      email: account.email,
      ip: input.ip,
      now,
      method: 'oidc',
      details: { method: 'oidc', issuer },
    });
    return { ...session, returnTo: pending.returnTo, provider };
  } catch (error) {
    if (error instanceof DomainError) {
      await audit(db, {
        action: 'auth.login_failed',
        organisationId,
        details: { method: 'oidc', reason: error.code, ...(email ? { email } : {}) },
        ip: input.ip,
        at: now,
      });
      log.warn('OIDC sign-in refused', { organisationId, reason: error.code });
    }
    throw error;
  }
}
