import type { RequestBody } from '../../../shared/api/contract';
import type * as revisions from '../../../shared/api/revisions';
import type { diffVersions } from '../../../shared/api/version-diff';
import type { ExportFormat } from '../../../shared/api/version-exports';
import type * as versions from '../../../shared/api/versions';
import { call } from './http';

const base = (documentId: string) => `/documents/${documentId}` as const;

export const fetchVersions = (documentId: string) => call<typeof versions.listVersions>(`${base(documentId)}/versions`).then((r) => r.versions);

export const fetchVersion = (documentId: string, number: number) => call<typeof versions.getVersion>(`${base(documentId)}/versions/${number}`).then((r) => r.version);

export const lockDocument = (documentId: string, body: RequestBody<typeof versions.lockDocument>) =>
  call<typeof versions.lockDocument>(`${base(documentId)}/versions`, { method: 'POST', body }).then((r) => r.version);

export const reopenDocument = (documentId: string) => call<typeof versions.reopenDocument>(`${base(documentId)}/reopen`, { method: 'POST' });

export const fetchRevisions = (documentId: string) => call<typeof revisions.listRevisions>(`${base(documentId)}/revisions`).then((r) => r.revisions);

export const restoreRevision = (documentId: string, revisionId: string) =>
  call<typeof revisions.restoreRevision>(`${base(documentId)}/revisions/${revisionId}/restore`, { method: 'POST' });

/** A download link (the browser saves the file under the name the server gives). */
/** With `openThreads`, the export ends with the document's open comment threads as an appendix. */
export const exportUrl = (documentId: string, number: number, format: ExportFormat, openThreads = false) =>
  `/api${base(documentId)}/versions/${number}/export?format=${format}${openThreads ? '&threads=open' : ''}`;

export const fetchDiff = (documentId: string, from: number, to: number | 'draft') => call<typeof diffVersions>(`${base(documentId)}/diff?from=${from}&to=${to}`);
