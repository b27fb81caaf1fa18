import type { Context } from 'hono';
import { can, type DocumentAction } from '../../shared/auth/permissions';
import type { Principal } from '../auth/principal';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { uuidParam } from '../http/validate';
import { findDocuments } from './queries';
import { documentResource } from './resource';

/**
 * The document named by the `:id` path parameter, if it belongs to the principal's organisation (else
 * 404, never revealing others' documents) and `can()` allows the action on it (else 403).
 */
export async function authorizeDocument(c: Context<AppEnv>, principal: Principal, action: DocumentAction) {
  const id = uuidParam(c, 'id');
  const [row] = await findDocuments(c.var.database.db, { organisationId: principal.organisation.id, id, includeArchived: true });
  if (!row) throw new ApiProblem(404, 'document_not_found', 'error.documentNotFound');
  if (!can(principal.subject, action, documentResource(row.document, principal.organisation.settings))) {
    throw new ApiProblem(403, 'forbidden', 'error.forbidden');
  }
  return row;
}
