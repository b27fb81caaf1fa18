import type * as contract from '../../../shared/api/admin-organisation';
import { call } from './http';

export const fetchOrganisation = (signal?: AbortSignal) => call<typeof contract.getOrganisation>('/admin/organisation', { signal }).then((data) => data.organisation);

export const updateSettings = (settings: contract.SettingsChanges) =>
  call<typeof contract.updateOrganisation>('/admin/organisation', { method: 'PATCH', body: { settings } }).then((data) => data.organisation);
