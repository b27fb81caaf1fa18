import { and, eq } from 'drizzle-orm';
import { contentNode } from '../../shared/documents/content-shape';
import type { GoalLevelSetting } from '../../shared/goals/levels';
import { storedGoals } from '../../shared/goals/stored-goals';
import type { AppDb } from '../db/database';
import { bodies, documentVersions } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { contentDisposition, exportFileNames } from './file-name';
import { renderMarkdown } from './markdown';
import { parentGoalsOf } from './parent-goals';
import type { ExportFormat, ExportThread, ExportVersion } from './model';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

export interface ExportFile {
  bytes: Uint8Array;
  contentType: string;
  contentDisposition: string;
}

export async function renderExport(version: ExportVersion, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    // pdfkit and docx are loaded on the first export, not at start-up: ~40 MB a server that is never asked for a file need not hold.
    case 'pdf':
      return (await import('./pdf')).renderPdf(version);
    case 'docx':
      return (await import('./docx')).renderDocx(version);
    case 'md':
      return new TextEncoder().encode(renderMarkdown(version));
  }
}

/** One fastställd version of the document as a file; not found when the document has no such version. */
export async function exportVersion(
  db: AppDb,
  document: { id: string; organisationId: string; bodyName: string | null; organisationName: string; goalLevels: readonly GoalLevelSetting[] },
  number: number,
  format: ExportFormat,
  options: { openThreads?: ExportThread[] } = {},
): Promise<ExportFile & { version: ExportVersion }> {
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, document.id), eq(documentVersions.number, number)));
  if (!row) throw new DomainError('not_found', 'version_not_found', 'error.versionNotFound');
  const bodyRows = await db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.organisationId, document.organisationId));
  const goals = storedGoals(row.goals);
  const version: ExportVersion = {
    title: row.title,
    organisationName: document.organisationName,
    bodyName: document.bodyName,
    number: row.number,
    lockedAt: row.lockedAt,
    hash: row.hash,
    note: row.note,
    decision: row.decision,
    content: contentNode(row.contentJson),
    goals,
    bodyNames: new Map(bodyRows.map((body) => [body.id, body.name])),
    parentGoals: await parentGoalsOf(db, document.organisationId, goals),
    goalLevels: document.goalLevels,
    openThreads: options.openThreads,
  };
  return {
    version,
    bytes: await renderExport(version, format),
    contentType: CONTENT_TYPES[format],
    contentDisposition: contentDisposition(exportFileNames(row.title, row.number, row.decision.date, format)),
  };
}
