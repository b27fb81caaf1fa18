import { Hono, type Context } from 'hono';
import * as api from '../../shared/api/documents';
import { can } from '../../shared/auth/permissions';
import type { Principal } from '../auth/principal';
import { createDocument, updateDocument } from '../documents/commands';
import { presentDocument } from '../documents/present';
import { refreshGoalRegister } from '../goals/refresh-register';
import { findDocuments } from '../documents/queries';
import { documentResource } from '../documents/resource';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { authorize, ownOrganisation, requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseChanges, parseJson, parseQuery, uuidParam } from '../http/validate';

/** One document of the principal's organisation, or 404 (never revealing documents of others). */
async function loadDocument(c: Context<AppEnv>, principal: Principal, id: string) {
  const [row] = await findDocuments(c.var.database.db, { organisationId: principal.organisation.id, id, includeArchived: true });
  if (!row) throw new ApiProblem(404, 'document_not_found', 'error.documentNotFound');
  return row;
}

export const documentRoutes = new Hono<AppEnv>()
  .get(api.listDocuments.path, async (c) => {
    const principal = requirePrincipal(c);
    const query = parseQuery(c, api.listDocuments.query);
    const rows = await findDocuments(c.var.database.db, {
      organisationId: principal.organisation.id,
      bodyId: query.bodyId,
      type: query.type,
      includeArchived: query.includeArchived === 'true',
    });
    const readable = rows.filter((row) => can(principal.subject, 'document.read', documentResource(row.document, principal.organisation.settings)));
    return respond(c, api.listDocuments, 200, { documents: readable.map((row) => presentDocument(row, principal)) });
  })
  .post(api.createDocument.path, async (c) => {
    const principal = authorize(c, 'document.create', ownOrganisation);
    const input = await parseJson(c, api.createDocument.body);
    const id = await createDocument(c.var.database.db, actorOf(c, principal), input);
    await refreshGoalRegister(c.var.database.db, id);
    return respond(c, api.createDocument, 201, { document: presentDocument(await loadDocument(c, principal, id), principal) });
  })
  .get(api.getDocument.path, async (c) => {
    const principal = requirePrincipal(c);
    const row = await loadDocument(c, principal, uuidParam(c, 'id'));
    if (!can(principal.subject, 'document.read', documentResource(row.document, principal.organisation.settings))) {
      throw new ApiProblem(403, 'forbidden', 'error.forbidden');
    }
    return respond(c, api.getDocument, 200, { document: presentDocument(row, principal) });
  })
  .patch(api.updateDocument.path, async (c) => {
    const principal = requirePrincipal(c);
    const id = uuidParam(c, 'id');
    const changes = await parseChanges(c, api.updateDocument.body);
    const row = await loadDocument(c, principal, id);
    // Renaming, moving and archiving change the record, so they take edit rights; restoring an
    // archived document takes the rights its status would give without the archive.
    const resource = documentResource({ ...row.document, archivedAt: changes.archived === false ? null : row.document.archivedAt }, principal.organisation.settings);
    if (!can(principal.subject, 'document.edit', resource)) throw new ApiProblem(403, 'forbidden', 'error.forbidden');
    await updateDocument(c.var.database.db, actorOf(c, principal), id, changes);
    void c.var.services.events.changed({ kind: 'document', documentId: id });
    return respond(c, api.updateDocument, 200, { document: presentDocument(await loadDocument(c, principal, id), principal) });
  });
