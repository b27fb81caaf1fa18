import { can, type DocumentAction } from '../../shared/auth/permissions';
import type { Principal } from '../auth/principal';
import type { AppDb } from '../db/database';
import { DomainError } from '../domain/domain-error';
import { findDocuments } from './queries';
import { documentResource } from './resource';

/**
 * The document `id` names, if it belongs to the principal's organisation (else not found, never
 * revealing others' documents) and `can()` allows the action on it (else forbidden).
 */
export async function authorizeDocument(db: AppDb, principal: Principal, id: string, action: DocumentAction) {
  const [row] = await findDocuments(db, { organisationId: principal.organisation.id, id, includeArchived: true });
  if (!row) throw new DomainError('not_found', 'document_not_found', 'error.documentNotFound');
  if (!can(principal.subject, action, documentResource(row.document, principal.organisation.settings))) {
    throw new DomainError('forbidden', 'forbidden', 'error.forbidden');
  }
  return row;
}
