import type * as contract from '../../../shared/api/bodies';
import { call } from './http';

const bodyPath = (id: string) => `/admin/bodies/${encodeURIComponent(id)}` as const;

export const fetchBodies = (signal?: AbortSignal) => call<typeof contract.listBodies>('/bodies', { signal }).then((data) => data.bodies);

export const createBody = (fields: contract.BodyFields) => call<typeof contract.createBody>('/admin/bodies', { method: 'POST', body: fields }).then((data) => data.body);

export const updateBody = (id: string, fields: Partial<contract.BodyFields>) =>
  call<typeof contract.updateBody>(bodyPath(id), { method: 'PATCH', body: fields }).then((data) => data.body);

export const deleteBody = (id: string) => call<typeof contract.deleteBody>(bodyPath(id), { method: 'DELETE' });
