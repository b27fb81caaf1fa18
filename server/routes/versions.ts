import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import * as api from '../../shared/api/versions';
import { storedGoals } from '../../shared/goals/stored-goals';
import { documentVersions, users } from '../db/schema';
import { authorizeDocument } from '../documents/authorize';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseJson, uuidParam } from '../http/validate';
import { lockDocument, reopenDocument } from '../versions/lock-document';
import { versionNumberParam } from './version-exports';

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
  .get(api.listVersions.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.read');
    const rows = await c.var.database.db
      .select({ version: documentVersions, name: users.name })
      .from(documentVersions)
      .leftJoin(users, eq(users.id, documentVersions.lockedBy))
      .where(eq(documentVersions.documentId, document.id))
      .orderBy(asc(documentVersions.number));
    return respond(c, api.listVersions, 200, { versions: rows.map((row) => presentVersion(row.version, row.name)) });
  })
  .get(api.getVersion.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.read');
    const number = versionNumberParam(c.req.param('number'));
    const [row] = await c.var.database.db
      .select({ version: documentVersions, name: users.name })
      .from(documentVersions)
      .leftJoin(users, eq(users.id, documentVersions.lockedBy))
      .where(and(eq(documentVersions.documentId, document.id), eq(documentVersions.number, number)));
    if (!row) throw new ApiProblem(404, 'version_not_found', 'error.versionNotFound');
    const { html, plainText, goals } = row.version;
    return respond(c, api.getVersion, 200, { version: { ...presentVersion(row.version, row.name), html, plainText, goals: storedGoals(goals) } });
  })
  .post(api.lockDocument.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.lock');
    const input = await parseJson(c, api.lockDocument.body);
    const version = await lockDocument(c.var.database.db, c.var.services.rooms, actorOf(c, principal), document.id, input);
    void c.var.services.events.changed({ kind: 'document', documentId: document.id });
    return respond(c, api.lockDocument, 201, { version: presentVersion(version, principal.user.name) });
  })
  .post(api.reopenDocument.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.reopen');
    await reopenDocument(c.var.database.db, actorOf(c, principal), document.id);
    void c.var.services.events.changed({ kind: 'document', documentId: document.id });
    return c.body(null, 204);
  });
