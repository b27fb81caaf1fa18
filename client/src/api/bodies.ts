import type { BodyType } from '../../../shared/domain/bodies';
import { api } from './http';
import type { Body } from './types';

export interface BodyFields {
  name: string;
  shortName: string | null;
  type: BodyType;
  parentId: string | null;
  sortOrder: number;
}

export const fetchBodies = (signal?: AbortSignal) => api<{ bodies: Body[] }>('/bodies', { signal }).then((data) => data.bodies);

export const createBody = (fields: BodyFields) =>
  api<{ body: Body }>('/admin/bodies', { method: 'POST', body: fields }).then((data) => data.body);

export const updateBody = (id: string, fields: Partial<BodyFields>) =>
  api<{ body: Body }>(`/admin/bodies/${encodeURIComponent(id)}`, { method: 'PATCH', body: fields }).then((data) => data.body);

export const deleteBody = (id: string) => api<void>(`/admin/bodies/${encodeURIComponent(id)}`, { method: 'DELETE' });
