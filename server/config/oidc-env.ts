import { OIDC_PROVISIONING, oidcSettings, issuerProblem, normaliseDomain, type OidcSettings } from '../../shared/auth/oidc-settings';
import { ROLES, type Role } from '../../shared/domain/roles';

/** The key from SAMSYN_SECRET_KEY (AES-256-GCM, server/auth/secret-box.ts): 32 bytes, as 64 hex digits or base64. */
export function parseSecretKey(text: string): Buffer | null {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  return key.length === 32 ? key : null;
}

/** One organisation's identity provider, configured by the environment (one-organisation installs). */
interface OidcEnvironment {
  /** The slug of the organisation it is for. */
  organisationSlug: string;
  settings: OidcSettings;
  clientSecret: string | undefined;
}

export interface OidcConfig {
  /** SAMSYN_SECRET_KEY: encrypts client secrets stored in the database. */
  secretKey: Buffer | undefined;
  /** PUBLIC_URL: the address browsers use (behind a proxy), for the redirect URI registered at the provider. */
  publicUrl: string | undefined;
  environment: OidcEnvironment | undefined;
}

const bool = (value: string) => (value === 'true' ? true : value === 'false' ? false : undefined);

/** Reads the sign-in variables; each bad one adds a line to `problems` (never echoing a secret). */
export function loadOidcConfig(env: NodeJS.ProcessEnv, problems: string[]): OidcConfig {
  const get = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const bad = (name: string, expected: string, shown?: string) =>
    problems.push(`Invalid configuration: ${name} must be ${expected}${shown === undefined ? '' : ` (got "${shown.slice(0, 60)}")`}.`);

  const keyText = get('SAMSYN_SECRET_KEY');
  const secretKey = keyText === undefined ? undefined : (parseSecretKey(keyText) ?? undefined);
  if (keyText !== undefined && !secretKey) bad('SAMSYN_SECRET_KEY', '32 random bytes as 64 hex digits or base64 (e.g. the output of `openssl rand -hex 32`)');

  let publicUrl = get('PUBLIC_URL');
  if (publicUrl !== undefined) {
    try {
      const url = new URL(publicUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
      publicUrl = url.origin;
    } catch {
      bad('PUBLIC_URL', 'the address browsers open Samsyn at, such as https://samsyn.kommun.se', publicUrl);
      publicUrl = undefined;
    }
  }

  const issuer = get('SAMSYN_OIDC_ISSUER');
  if (issuer === undefined) return { secretKey, publicUrl, environment: undefined };

  const before = problems.length;
  if (issuerProblem(issuer)) bad('SAMSYN_OIDC_ISSUER', 'an https URL of the identity provider (http only on this machine)', issuer);
  const organisationSlug = get('SAMSYN_OIDC_ORGANISATION');
  if (!organisationSlug) bad('SAMSYN_OIDC_ORGANISATION', 'the slug of the organisation that signs in through SAMSYN_OIDC_ISSUER');
  const clientId = get('SAMSYN_OIDC_CLIENT_ID');
  if (!clientId) bad('SAMSYN_OIDC_CLIENT_ID', 'the client id registered at the identity provider');
  const provisioning = get('SAMSYN_OIDC_PROVISIONING') ?? 'create';
  if (!(OIDC_PROVISIONING as readonly string[]).includes(provisioning)) bad('SAMSYN_OIDC_PROVISIONING', 'create or refuse', provisioning);
  const defaultRole = get('SAMSYN_OIDC_DEFAULT_ROLE') ?? 'viewer';
  if (!(ROLES as readonly string[]).includes(defaultRole)) bad('SAMSYN_OIDC_DEFAULT_ROLE', `one of ${ROLES.join(', ')}`, defaultRole);
  const flag = (name: string, fallback: boolean) => {
    const text = get(name);
    const value = text === undefined ? fallback : bool(text);
    if (value === undefined) bad(name, 'true or false', text);
    return value ?? fallback;
  };
  const passwordLogin = flag('SAMSYN_OIDC_PASSWORD_LOGIN', true);
  const endSessionAtProvider = flag('SAMSYN_OIDC_END_SESSION', false);
  let roleMappings: OidcSettings['roleMappings'] = [];
  const mappingText = get('SAMSYN_OIDC_ROLE_MAPPINGS');
  if (mappingText !== undefined) {
    try {
      const parsed = JSON.parse(mappingText) as unknown;
      if (!Array.isArray(parsed)) throw new Error('not a list');
      roleMappings = parsed.map((item: { value?: unknown; role?: unknown; bodyIds?: unknown }) => {
        if (typeof item?.value !== 'string' || !(ROLES as readonly unknown[]).includes(item.role)) throw new Error('bad mapping');
        const bodyIds = Array.isArray(item.bodyIds) ? item.bodyIds.filter((id): id is string => typeof id === 'string') : [];
        return { value: item.value, role: item.role as Role, bodyIds };
      });
    } catch {
      bad('SAMSYN_OIDC_ROLE_MAPPINGS', 'a JSON list such as [{"value":"samsyn-admins","role":"admin","bodyIds":[]}]');
    }
  }
  if (problems.length > before) return { secretKey, publicUrl, environment: undefined };
  const settings = oidcSettings({
    enabled: true,
    issuer: issuer.replace(/\/$/, ''),
    clientId: clientId!,
    scopes: get('SAMSYN_OIDC_SCOPES') ?? 'openid email profile',
    emailClaim: get('SAMSYN_OIDC_EMAIL_CLAIM') ?? 'email',
    nameClaim: get('SAMSYN_OIDC_NAME_CLAIM') ?? 'name',
    allowedDomains: (get('SAMSYN_OIDC_ALLOWED_DOMAINS') ?? '').split(',').map(normaliseDomain).filter(Boolean),
    provisioning: provisioning as OidcSettings['provisioning'],
    defaultRole: defaultRole as Role,
    roleClaim: get('SAMSYN_OIDC_ROLE_CLAIM') ?? null,
    roleMappings,
    passwordLogin,
    endSessionAtProvider,
  });
  return { secretKey, publicUrl, environment: { organisationSlug: organisationSlug!, settings, clientSecret: get('SAMSYN_OIDC_CLIENT_SECRET') } };
}
