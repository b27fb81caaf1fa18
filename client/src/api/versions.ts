import { api } from './http';

export interface DecisionReference {
  body: string;
  date: string;
  paragraph: string;
  diarienummer: string;
}

/** A fastställd version as the API lists it. */
export interface VersionSummary {
  number: number;
  title: string;
  hash: string;
  previousHash: string | null;
  decision: DecisionReference;
  note: string | null;
  lockedAt: string;
  lockedBy: { id: string; name: string };
}

export interface VersionDetail extends VersionSummary {
  html: string;
  plainText: string;
}

export interface RevisionSummary {
  id: string;
  createdAt: string;
  editors: Array<{ id: string; name: string }>;
}

export type ExportFormat = 'pdf' | 'docx' | 'md';

const base = (documentId: string) => `/documents/${documentId}`;

export const fetchVersions = (documentId: string) => api<{ versions: VersionSummary[] }>(`${base(documentId)}/versions`).then((r) => r.versions);
export const fetchVersion = (documentId: string, number: number) =>
  api<{ version: VersionDetail }>(`${base(documentId)}/versions/${number}`).then((r) => r.version);
export const lockDocument = (documentId: string, body: { decision: DecisionReference; note?: string }) =>
  api<{ version: VersionSummary }>(`${base(documentId)}/versions`, { method: 'POST', body }).then((r) => r.version);
export const reopenDocument = (documentId: string) => api<void>(`${base(documentId)}/reopen`, { method: 'POST' });
export const fetchRevisions = (documentId: string) => api<{ revisions: RevisionSummary[] }>(`${base(documentId)}/revisions`).then((r) => r.revisions);
export const restoreRevision = (documentId: string, revisionId: string) =>
  api<void>(`${base(documentId)}/revisions/${revisionId}/restore`, { method: 'POST' });
/** A download link (the browser saves the file under the name the server gives). */
/** With `openThreads`, the export ends with the document's open comment threads as an appendix. */
export const exportUrl = (documentId: string, number: number, format: ExportFormat, openThreads = false) =>
  `/api${base(documentId)}/versions/${number}/export?format=${format}${openThreads ? '&threads=open' : ''}`;

export interface DiffResult {
  from: { label: string };
  to: { label: string };
  text: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }>;
  goals: Array<{ goalId: string; goalTitle: string; field: string; from: unknown; to: unknown }>;
}
export const fetchDiff = (documentId: string, from: number, to: number | 'draft') =>
  api<DiffResult>(`${base(documentId)}/diff?from=${from}&to=${to}`);
