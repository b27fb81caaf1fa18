import type * as contract from '../../../shared/api/documents';
import type { RequestBody } from '../../../shared/api/contract';
import type { z } from 'zod';
import { call } from './http';

type ListQuery = z.input<(typeof contract.listDocuments)['query']>;

/** The document list's filters, sent as GET /api/documents's query. */
export type DocumentQuery = Omit<ListQuery, 'includeArchived'> & { includeArchived?: boolean };
export type NewDocument = RequestBody<typeof contract.createDocument>;
export type DocumentChanges = RequestBody<typeof contract.updateDocument>;

const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}` as const;

export function fetchDocuments(query: DocumentQuery, signal?: AbortSignal) {
  const params = new URLSearchParams();
  if (query.bodyId) params.set('bodyId', query.bodyId);
  if (query.type) params.set('type', query.type);
  if (query.includeArchived) params.set('includeArchived', 'true');
  const search = params.size > 0 ? (`?${params}` as const) : '';
  return call<typeof contract.listDocuments>(`/documents${search}`, { signal }).then((data) => data.documents);
}

export const fetchDocument = (id: string, signal?: AbortSignal) => call<typeof contract.getDocument>(documentPath(id), { signal }).then((data) => data.document);

export const createDocument = (fields: NewDocument) => call<typeof contract.createDocument>('/documents', { method: 'POST', body: fields }).then((data) => data.document);

export const updateDocument = (id: string, changes: DocumentChanges) =>
  call<typeof contract.updateDocument>(documentPath(id), { method: 'PATCH', body: changes }).then((data) => data.document);
