import { ROLES, type Role } from '../domain/roles';

/** What a claim value of the identity provider (a group, an app role) gives in Samsyn. */
export interface OidcRoleMapping {
  value: string;
  role: Role;
  bodyIds: string[];
}

/** What happens at the first sign-in of someone the organisation has no account for. */
export const OIDC_PROVISIONING = ['create', 'refuse'] as const;

/**
 * One organisation's sign-in through its own identity provider (OpenID Connect, e.g. Entra ID). The
 * client secret is not part of it: it is stored encrypted beside it and never leaves the server.
 */
export interface OidcSettings {
  enabled: boolean;
  /** The issuer URL; its /.well-known/openid-configuration is read by openid-client. */
  issuer: string;
  clientId: string;
  /** Space-separated; `openid` is always asked for. */
  scopes: string;
  /** The claim holding the member's e-mail address (Entra ID: `email`, or `upn`/`preferred_username`). */
  emailClaim: string;
  nameClaim: string;
  /** Lower-case domains an address must end in (`kommun.se`); empty: any. */
  allowedDomains: string[];
  provisioning: (typeof OIDC_PROVISIONING)[number];
  /** The role of an account made at its first sign-in, unless a mapped claim gives one. */
  defaultRole: Role;
  /** A claim holding groups or roles (`groups`, `roles`); null: roles are kept as the admin set them. */
  roleClaim: string | null;
  roleMappings: OidcRoleMapping[];
  /** The password form stays beside the button (off: only admins may still use a password, as a way back in). */
  passwordLogin: boolean;
  /** Logging out of Samsyn also logs out at the provider, when it offers an end_session_endpoint. */
  endSessionAtProvider: boolean;
}

export const DEFAULT_OIDC_SETTINGS: OidcSettings = {
  enabled: false,
  issuer: '',
  clientId: '',
  scopes: 'openid email profile',
  emailClaim: 'email',
  nameClaim: 'name',
  allowedDomains: [],
  provisioning: 'create',
  defaultRole: 'viewer',
  roleClaim: null,
  roleMappings: [],
  passwordLogin: true,
  endSessionAtProvider: false,
};

/** Stored settings with a default for each one missing. */
export function oidcSettings(stored: Partial<OidcSettings> | null | undefined): OidcSettings {
  return { ...DEFAULT_OIDC_SETTINGS, ...stored };
}

/** The scopes to ask for: the configured ones, always with `openid`. */
export function scopesToRequest(settings: Pick<OidcSettings, 'scopes'>): string {
  const scopes = settings.scopes.split(/\s+/).filter(Boolean);
  return [...new Set(['openid', ...scopes])].join(' ');
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http is only for a provider on this machine (a test, a local proxy): anywhere else the code travels in clear. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** Why an issuer URL cannot be used, or null when it can. */
export function issuerProblem(issuer: string): 'invalid' | 'insecure' | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'invalid';
  }
  if (url.username || url.password || url.search || url.hash) return 'invalid';
  if (url.protocol === 'https:') return null;
  return isLoopbackHttp(url) ? null : 'insecure';
}

export const normaliseDomain = (domain: string) => domain.trim().toLowerCase().replace(/^@/, '');

/** Whether an address is in one of the allowed domains (or any, when none are named). */
export function emailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  if (allowedDomains.length === 0) return true;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const domain = email.slice(at + 1).toLowerCase();
  return allowedDomains.some((allowed) => normaliseDomain(allowed) === domain);
}

/** The values of a groups/roles claim: a string, or an array of strings (anything else holds none). */
function claimValues(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string');
  return [];
}

/**
 * What the claim's values give: the most trusted role any of them maps to (admin before viewer, in
 * the order of ROLES) and the bodies of every mapping that matched; null when none matched.
 */
export function mappedAccess(claim: unknown, mappings: readonly OidcRoleMapping[]): { role: Role; bodyIds: string[] } | null {
  const values = new Set(claimValues(claim));
  const matched = mappings.filter((mapping) => values.has(mapping.value));
  if (matched.length === 0) return null;
  const role = ROLES.find((candidate) => matched.some((mapping) => mapping.role === candidate))!;
  return { role, bodyIds: [...new Set(matched.flatMap((mapping) => mapping.bodyIds))] };
}

/** The client page the provider sends the browser back to (the redirect URI registered there). */
export const OIDC_CALLBACK_PATH = '/logga-in/oidc';
/** Where the provider sends the browser after its logout (the post logout redirect URI). */
export const OIDC_LOGGED_OUT_PATH = '/logga-in';
