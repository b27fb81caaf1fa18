import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { documentVersions, users } from '../db/schema';
import { authorizeDocument } from '../documents/authorize';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
import { parseJson } from '../http/validate';
import { lockDocument, reopenDocument } from '../versions/lock-document';
import { versionNumberParam } from './version-exports';

const lockBody = z.object({
  decision: z.object({
    body: z.string().trim().min(1).max(200),
    date: z.iso.date(),
    paragraph: z.string().trim().min(1).max(50),
    diarienummer: z.string().trim().min(1).max(100),
  }),
  note: z.string().trim().max(4000).optional(),
});

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
    const { document } = await authorizeDocument(c, principal, 'document.read');
    const rows = await c.var.database.db
      .select({ version: documentVersions, name: users.name })
      .from(documentVersions)
      .leftJoin(users, eq(users.id, documentVersions.lockedBy))
      .where(eq(documentVersions.documentId, document.id))
      .orderBy(asc(documentVersions.number));
    return c.json({ versions: rows.map((row) => presentVersion(row.version, row.name)) });
  })
  .get('/documents/:id/versions/:number', async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c, principal, 'document.read');
    const number = versionNumberParam(c.req.param('number'));
    const [row] = await c.var.database.db
      .select({ version: documentVersions, name: users.name })
      .from(documentVersions)
      .leftJoin(users, eq(users.id, documentVersions.lockedBy))
      .where(and(eq(documentVersions.documentId, document.id), eq(documentVersions.number, number)));
    if (!row) throw new ApiProblem(404, 'version_not_found', 'error.versionNotFound');
    const { html, plainText, goals } = row.version;
    return c.json({ version: { ...presentVersion(row.version, row.name), html, plainText, goals } });
  })
  .post('/documents/:id/versions', async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c, principal, 'document.lock');
    const input = await parseJson(c, lockBody);
    const version = await lockDocument(c.var.database.db, c.var.services.rooms, actorOf(c, principal), document.id, input);
    void c.var.services.events.changed({ kind: 'document', documentId: document.id });
    return c.json({ version: presentVersion(version, principal.user.name) }, 201);
  })
  .post('/documents/:id/reopen', async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c, principal, 'document.reopen');
    await reopenDocument(c.var.database.db, actorOf(c, principal), document.id);
    void c.var.services.events.changed({ kind: 'document', documentId: document.id });
    return c.body(null, 204);
  });
