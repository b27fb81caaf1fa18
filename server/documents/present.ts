import { documentPermissions } from '../../shared/auth/permissions';
import type { Principal } from '../auth/principal';
import type { documents } from '../db/schema';
import { documentResource } from './resource';

export interface DocumentRowWithNames {
  document: typeof documents.$inferSelect;
  bodyName: string | null;
  lastEditorName: string | null;
  /** Unresolved comment threads. */
  openThreads: number;
}

/** A document as the API shows it, with what the asking user may do with it. */
export function presentDocument({ document, bodyName, lastEditorName, openThreads }: DocumentRowWithNames, principal: Principal) {
  return {
    id: document.id,
    type: document.type,
    title: document.title,
    status: document.status,
    bodyId: document.bodyId,
    bodyName,
    lastEditedAt: document.lastEditedAt,
    lastEditedBy: document.lastEditedBy ? { id: document.lastEditedBy, name: lastEditorName ?? '' } : null,
    createdAt: document.createdAt,
    archivedAt: document.archivedAt,
    openThreads: Number(openThreads),
    permissions: documentPermissions(principal.subject, documentResource(document, principal.organisation.settings)),
  };
}
