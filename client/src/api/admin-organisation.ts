import type { OrganisationSettings } from '../../../shared/domain/organisation-settings';
import { api } from './http';
import type { Organisation } from './types';

export const fetchOrganisation = (signal?: AbortSignal) =>
  api<{ organisation: Organisation }>('/admin/organisation', { signal }).then((data) => data.organisation);

export const updateSettings = (settings: Partial<OrganisationSettings>) =>
  api<{ organisation: Organisation }>('/admin/organisation', { method: 'PATCH', body: { settings } }).then((data) => data.organisation);
