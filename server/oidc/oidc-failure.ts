import type { MessageKey } from '../../shared/i18n';
import { DomainError } from '../domain/domain-error';

/** Why a sign-in through the identity provider was refused: a stable code, its Swedish message and its kind. */
const FAILURES = {
  oidc_not_configured: ['not_found', 'oidc.error.notConfigured'],
  oidc_unavailable: ['upstream', 'oidc.error.unavailable'],
  oidc_login_expired: ['unauthenticated', 'oidc.error.expired'],
  oidc_rejected: ['unauthenticated', 'oidc.error.rejected'],
  oidc_denied: ['unauthenticated', 'oidc.error.denied'],
  oidc_no_email: ['forbidden', 'oidc.error.noEmail'],
  oidc_email_unverified: ['forbidden', 'oidc.error.emailUnverified'],
  oidc_domain_refused: ['forbidden', 'oidc.error.domainRefused'],
  oidc_no_account: ['forbidden', 'oidc.error.noAccount'],
  oidc_deactivated: ['forbidden', 'oidc.error.deactivated'],
} as const satisfies Record<string, [DomainError['kind'], MessageKey]>;

export type OidcFailureCode = keyof typeof FAILURES;

export function oidcFailure(code: OidcFailureCode): DomainError {
  const [kind, messageKey] = FAILURES[code];
  return new DomainError(kind, code, messageKey);
}

/**
 * A provider or network error, described for the English log: its class, openid-client's code, the
 * OAuth error code, and a cut message. Never the response body, a code, a token or a secret.
 */
export function describeProviderError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { error: typeof error };
  const fields: Record<string, string> = { error: error.name, message: error.message.slice(0, 200) };
  const { code, error: oauthError, status } = error as { code?: unknown; error?: unknown; status?: unknown };
  if (typeof code === 'string') fields.code = code;
  if (typeof oauthError === 'string') fields.oauthError = oauthError;
  if (typeof status === 'number') fields.status = String(status);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) fields.cause = `${cause.name}: ${cause.message.slice(0, 120)}`;
  return fields;
}

/** Whether the provider could not be reached at all (down, refused, timed out), as against answering no. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) return true;
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && cause !== error) return isUnreachable(cause);
  const code = (error as { code?: unknown }).code;
  // A provider answering 5xx or with a body that is not its metadata is as good as down for a sign-in.
  return code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON' || code === 'ECONNREFUSED';
}
