import { documentPermissions } from '../../shared/auth/permissions';
import { summariseAssessments, type AssessmentSummary } from '../../shared/goals/follow-up';
import type { Principal } from '../auth/principal';
import type { documents } from '../db/schema';
import { documentResource } from './resource';

export interface DocumentRowWithNames {
  document: typeof documents.$inferSelect;
  bodyName: string | null;
  lastEditorName: string | null;
  /** Unresolved comment threads. */
  openThreads: number;
  /** An uppföljning's counts of assessments; null for other documents. */
  followUpCounts: AssessmentSummary | null;
}

/** A document as the API shows it, with what the asking user may do with it. */
export function presentDocument({ document, bodyName, lastEditorName, openThreads, followUpCounts }: DocumentRowWithNames, principal: Principal) {
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
    followUp: document.followUpPeriod === null ? null : { period: document.followUpPeriod, summary: followUpCounts ?? summariseAssessments([]) },
    permissions: documentPermissions(principal.subject, documentResource(document, principal.organisation.settings)),
  };
}
