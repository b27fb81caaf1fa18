import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { diffVersions } from '../../shared/api/version-diff';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import type { GoalData } from '../../shared/goals/model';
import { storedGoals } from '../../shared/goals/stored-goals';
import { t } from '../../shared/i18n';
import type { AppDb } from '../db/database';
import { bodies, documentVersions } from '../db/schema';
import { authorizeDocument } from '../documents/authorize';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
import { uuidParam } from '../http/validate';
import { respond } from '../http/respond';
import { diffGoals, diffText } from '../versions/diff';
import { renderState } from '../versions/render-state';
import { contentBlocks, diffBlocks } from '../versions/block-diff';
import { contentNode } from '../../shared/documents/content-shape';
import { levelName } from '../../shared/goals/levels';
import type { JSONContent } from '@tiptap/core';
import { loadDocState } from '../sync/doc-store';

interface Side {
  label: string;
  plainText: string;
  content: JSONContent;
  goals: GoalData[];
}

async function versionSide(db: AppDb, documentId: string, number: number): Promise<Side> {
  const [row] = await db
    .select({ plainText: documentVersions.plainText, content: documentVersions.contentJson, goals: documentVersions.goals, decision: documentVersions.decision })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.number, number)));
  if (!row) throw new ApiProblem(404, 'version_not_found', 'error.versionNotFound');
  return { label: t('diff.version', { number, date: row.decision.date }), plainText: row.plainText, content: contentNode(row.content), goals: storedGoals(row.goals) };
}

/** The draft as stored: a diff only reads, so it never freezes the live room the way a lock does. */
async function draftSide(db: AppDb, documentId: string): Promise<Side> {
  const draft = await loadDocState(db, documentRoom(documentId));
  const rendered = renderState(Y.encodeStateAsUpdate(draft));
  draft.destroy();
  return { label: t('diff.draft'), plainText: rendered.plainText, content: contentNode(rendered.contentJson), goals: rendered.goals };
}

export const versionDiffRoutes = new Hono<AppEnv>().get(diffVersions.path, async (c) => {
  const principal = requirePrincipal(c);
  const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.read');
  const params = diffVersions.query.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
  if (!params.success) throw new ApiProblem(400, 'invalid_diff_params', 'error.invalidDiffParams');
  const db = c.var.database.db;
  const from = await versionSide(db, document.id, params.data.from);
  const to = params.data.to === 'draft' ? await draftSide(db, document.id) : await versionSide(db, document.id, params.data.to);
  const bodyRows = await db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.organisationId, document.organisationId));
  const bodyNames = new Map(bodyRows.map((body) => [body.id, body.name]));
  const levels = principal.organisation.settings.goalLevels;
  return respond(c, diffVersions, 200, {
    from: { label: from.label },
    to: { label: to.label },
    text: diffText(from.plainText, to.plainText),
    blocks: diffBlocks(contentBlocks(from.content), contentBlocks(to.content)),
    goals: diffGoals(from.goals, to.goals, {
      body: (id) => bodyNames.get(id) ?? id,
      level: (key) => levelName(levels, key) ?? t('goalSettings.level.unknown', { key }),
    }),
  });
});
