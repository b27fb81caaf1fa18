import type { DocumentAction } from '../../../shared/auth/permissions';
import type { DocumentStatus, DocumentType } from '../../../shared/domain/documents';
import { api } from './http';

/** A document as GET /api/documents sends it (dates as ISO strings). */
export interface DocumentView {
  id: string;
  type: DocumentType;
  title: string;
  status: DocumentStatus;
  bodyId: string | null;
  bodyName: string | null;
  lastEditedAt: string | null;
  lastEditedBy: { id: string; name: string } | null;
  createdAt: string;
  archivedAt: string | null;
  permissions: DocumentAction[];
  /** Comment threads not yet resolved (absent from servers that predate comments). */
  openThreads?: number;
}

export interface DocumentQuery {
  bodyId?: string;
  type?: DocumentType;
  includeArchived?: boolean;
}

export interface NewDocument {
  type: DocumentType;
  title: string;
  bodyId: string | null;
}

export interface DocumentChanges {
  title?: string;
  archived?: boolean;
  bodyId?: string | null;
}

const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;

export function fetchDocuments(query: DocumentQuery, signal?: AbortSignal): Promise<DocumentView[]> {
  const params = new URLSearchParams();
  if (query.bodyId) params.set('bodyId', query.bodyId);
  if (query.type) params.set('type', query.type);
  if (query.includeArchived) params.set('includeArchived', 'true');
  const search = params.size > 0 ? `?${params}` : '';
  return api<{ documents: DocumentView[] }>(`/documents${search}`, { signal }).then((data) => data.documents);
}

export const fetchDocument = (id: string, signal?: AbortSignal) =>
  api<{ document: DocumentView }>(documentPath(id), { signal }).then((data) => data.document);

export const createDocument = (fields: NewDocument) =>
  api<{ document: DocumentView }>('/documents', { method: 'POST', body: fields }).then((data) => data.document);

export const updateDocument = (id: string, changes: DocumentChanges) =>
  api<{ document: DocumentView }>(documentPath(id), { method: 'PATCH', body: changes }).then((data) => data.document);
