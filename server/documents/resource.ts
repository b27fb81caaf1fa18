import type { DocumentResource } from '../../shared/auth/permissions';
import type { OrganisationSettings } from '../../shared/domain/organisation-settings';
import type { documents } from '../db/schema';

type DocumentRow = typeof documents.$inferSelect;

/** A document row as `can()` sees it; the one place routes and sync rooms build it. */
export function documentResource(document: DocumentRow, settings: OrganisationSettings): DocumentResource {
  return {
    kind: 'document',
    organisationId: document.organisationId,
    bodyId: document.bodyId,
    // An archived document is kept as a record: readable, but no longer written to.
    status: document.archivedAt ? 'fastställd' : document.status,
    settings,
  };
}
