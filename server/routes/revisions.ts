import { and, desc, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import * as api from '../../shared/api/revisions';
import { documentRoom } from '../../shared/sync/rooms';
import { audit } from '../audit/audit-log';
import { documentRevisions, users } from '../db/schema';
import { authorizeDocument } from '../documents/authorize';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { uuidParam } from '../http/validate';
import { restoreContent } from '../versions/restore';
import { refreshGoalRegister } from '../goals/refresh-register';

export const revisionRoutes = new Hono<AppEnv>()
  .get(api.listRevisions.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.read');
    const db = c.var.database.db;
    const rows = await db
      .select({ id: documentRevisions.id, createdAt: documentRevisions.createdAt, editors: documentRevisions.editors })
      .from(documentRevisions)
      .where(eq(documentRevisions.documentId, document.id))
      .orderBy(desc(documentRevisions.createdAt));
    const editorIds = [...new Set(rows.flatMap((row) => row.editors))];
    const names = new Map(
      editorIds.length === 0 ? [] : (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, editorIds))).map((u) => [u.id, u.name]),
    );
    return respond(c, api.listRevisions, 200, {
      revisions: rows.map((row) => ({ id: row.id, createdAt: row.createdAt, editors: row.editors.map((id) => ({ id, name: names.get(id) ?? '' })) })),
    });
  })
  .post(api.restoreRevision.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.edit');
    const revisionId = uuidParam(c, 'revisionId');
    const [revision] = await c.var.database.db
      .select()
      .from(documentRevisions)
      .where(and(eq(documentRevisions.id, revisionId), eq(documentRevisions.documentId, document.id)));
    if (!revision) throw new ApiProblem(404, 'revision_not_found', 'error.revisionNotFound');
    // A new change in the live draft that everyone sees: history is never rewritten.
    // Everyone has it when this answers; it is stored with the room's next batch, like an edit.
    await c.var.services.rooms.applyToRoom(documentRoom(document.id), (doc) => restoreContent(doc, revision.yjsState), { waitForStorage: false });
    // A live room's register follows once the restore is stored; without one the stored state has it now.
    await refreshGoalRegister(c.var.database.db, document.id);
    const actor = actorOf(c, principal);
    await audit(c.var.database.db, { action: 'document.restored_revision', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: document.id, details: { revisionId }, ip: actor.ip, at: actor.at });
    return c.body(null, 204);
  });
