import type * as contract from '../../../shared/api/oidc';
import { call } from './http';

export const startOidcLogin = (organisation: string, next: string | null) =>
  call<typeof contract.startOidcLogin>('/auth/oidc/start', { method: 'POST', body: { organisation, next } });

export const completeOidcLogin = (query: string) => call<typeof contract.completeOidcLogin>('/auth/oidc/callback', { method: 'POST', body: { query } });

export const fetchOidcSettings = (signal?: AbortSignal) => call<typeof contract.getOidcSettings>('/admin/oidc', { signal }).then((data) => data.oidc);

export const saveOidcSettings = (body: contract.OidcSettingsInput) =>
  call<typeof contract.updateOidcSettings>('/admin/oidc', { method: 'PUT', body }).then((data) => data.oidc);
