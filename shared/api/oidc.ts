/** Signing in through an organisation's own identity provider (OpenID Connect), and its admin settings. */
import { z } from 'zod';
import { OIDC_PROVISIONING, type OidcSettings } from '../auth/oidc-settings';
import { ROLES } from '../domain/roles';
import { id } from './common';
import { mirrors, route } from './contract';
import { me } from './me';

export const startOidcLogin = route({
  method: 'post',
  path: '/auth/oidc/start',
  summary: 'Starts a sign-in at the organisation’s identity provider: sets a short-lived HttpOnly cookie and answers the URL to send the browser to.',
  auth: 'none',
  body: z.object({ organisation: z.string().min(1).max(100), next: z.string().max(2000).nullish() }),
  responses: { 200: z.object({ url: z.string() }) },
});

export const completeOidcLogin = route({
  method: 'post',
  path: '/auth/oidc/callback',
  summary: 'Finishes the sign-in with the query the provider sent to /logga-in/oidc: sets the session cookie as a password login does; 401/403 with the reason, 429 when limited, 502 when the provider does not answer.',
  auth: 'none',
  body: z.object({ query: z.string().max(8000) }),
  responses: { 200: z.object({ me, next: z.string().nullable() }) },
});

const claimName = z.string().trim().min(1).max(100);
const settings = mirrors<OidcSettings>()(
  z.object({
    enabled: z.boolean(),
    issuer: z.string().trim().max(500),
    clientId: z.string().trim().max(300),
    scopes: z.string().trim().max(500),
    emailClaim: claimName,
    nameClaim: claimName,
    allowedDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]{1,253}$/)).max(50),
    provisioning: z.enum(OIDC_PROVISIONING),
    defaultRole: z.enum(ROLES),
    roleClaim: claimName.nullable(),
    roleMappings: z.array(z.object({ value: z.string().min(1).max(300), role: z.enum(ROLES), bodyIds: z.array(id).max(100) })).max(200),
    passwordLogin: z.boolean(),
    endSessionAtProvider: z.boolean(),
  }),
);

/** What the admin page shows: never the client secret, only whether one is stored. */
const oidcView = z.object({
  settings,
  secretSet: z.boolean(),
  secretUnreadable: z.boolean(),
  /** Set by SAMSYN_OIDC_… variables: shown, not changed here. */
  fromEnvironment: z.boolean(),
  /** Whether the server has SAMSYN_SECRET_KEY, without which no secret can be stored. */
  secretKeyConfigured: z.boolean(),
  redirectUri: z.string(),
  postLogoutRedirectUri: z.string(),
});
export type OidcView = z.infer<typeof oidcView>;

export const getOidcSettings = route({
  method: 'get',
  path: '/admin/oidc',
  summary: 'The organisation’s sign-in through its identity provider (admins only; the secret is never sent).',
  auth: 'member',
  responses: { 200: z.object({ oidc: oidcView }) },
});

export const updateOidcSettings = route({
  method: 'put',
  path: '/admin/oidc',
  summary: 'Replaces the sign-in settings; `clientSecret` sets a new secret (stored encrypted), null removes it, absent keeps it.',
  auth: 'member',
  body: z.object({ settings, clientSecret: z.string().min(1).max(2000).nullish() }),
  responses: { 200: z.object({ oidc: oidcView }) },
});

export type OidcSettingsInput = z.input<typeof updateOidcSettings.body>;

export const oidcContracts = { startOidcLogin, completeOidcLogin, getOidcSettings, updateOidcSettings };
