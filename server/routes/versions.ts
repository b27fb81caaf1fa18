import { asc, eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { can, type DocumentAction } from '../../shared/auth/permissions';
import type { Principal } from '../auth/principal';
import { documentVersions, users } from '../db/schema';
import { documentResource } from '../documents/resource';
import { findDocuments } from '../documents/queries';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
import { parseJson, uuidParam } from '../http/validate';
import { lockDocument, reopenDocument } from '../versions/lock-document';

const lockBody = z.object({
  decision: z.object({
    body: z.string().trim().min(1).max(200),
    date: z.iso.date(),
    paragraph: z.string().trim().min(1).max(50),
    diarienummer: z.string().trim().min(1).max(100),
  }),
  note: z.string().trim().max(4000).optional(),
});

/** The document (of the principal's organisation) if `can()` allows the action on it; else 404/403. */
async function authorizeDocument(c: Context<AppEnv>, principal: Principal, action: DocumentAction) {
  const id = uuidParam(c, 'id');
  const [row] = await findDocuments(c.var.database.db, { organisationId: principal.organisation.id, id, includeArchived: true });
  if (!row) throw new ApiProblem(404, 'document_not_found', 'error.documentNotFound');
  if (!can(principal.subject, action, documentResource(row.document, principal.organisation.settings))) {
    throw new ApiProblem(403, 'forbidden', 'error.forbidden');
  }
  return row.document;
}

function presentVersion(version: typeof documentVersions.$inferSelect, lockedByName: string | null) {
  return {
    number: version.number,
    title: version.title,
    hash: version.hash,
    previousHash: version.previousHash,
    decision: version.decision,
    note: version.note,
    lockedAt: version.lockedAt,
    lockedBy: { id: version.lockedBy, name: lockedByName ?? '' },
  };
}

export const versionRoutes = new Hono<AppEnv>()
  .get('/documents/:id/versions', async (c) => {
    const principal = requirePrincipal(c);
    const document = await authorizeDocument(c, principal, 'document.read');
    const rows = await c.var.database.db
      .select({ version: documentVersions, name: users.name })
      .from(documentVersions)
      .leftJoin(users, eq(users.id, documentVersions.lockedBy))
      .where(eq(documentVersions.documentId, document.id))
      .orderBy(asc(documentVersions.number));
    return c.json({ versions: rows.map((row) => presentVersion(row.version, row.name)) });
  })
  .post('/documents/:id/versions', async (c) => {
    const principal = requirePrincipal(c);
    const document = await authorizeDocument(c, principal, 'document.lock');
    const input = await parseJson(c, lockBody);
    const version = await lockDocument(c.var.database.db, c.var.services.documentState, actorOf(c, principal), document.id, input);
    c.var.services.events.changed({ kind: 'document', documentId: document.id });
    return c.json({ version: presentVersion(version, principal.user.name) }, 201);
  })
  .post('/documents/:id/reopen', async (c) => {
    const principal = requirePrincipal(c);
    const document = await authorizeDocument(c, principal, 'document.reopen');
    await reopenDocument(c.var.database.db, actorOf(c, principal), document.id);
    c.var.services.events.changed({ kind: 'document', documentId: document.id });
    return c.body(null, 204);
  });
