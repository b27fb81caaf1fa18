import { Hono } from 'hono';
import { exportVersion as exportContract } from '../../shared/api/version-exports';
import { VERSION_NUMBER } from '../../shared/api/versions';
import { audit } from '../audit/audit-log';
import { authorizeDocument } from '../documents/authorize';
import { exportVersion } from '../exports/export-version';
import { exportThreads } from '../exports/open-threads';
import { loadThreadViews } from '../comments/views';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
import { uuidParam } from '../http/validate';

const { format: formatParam, threads: threadsParam } = exportContract.query.shape;

/** A version number in the path; anything but a positive integer cannot name a version, so 404. */
export function versionNumberParam(value: string | undefined): number {
  if (!value || !VERSION_NUMBER.test(value)) throw new ApiProblem(404, 'version_not_found', 'error.versionNotFound');
  return Number(value);
}

export const versionExportRoutes = new Hono<AppEnv>().get(exportContract.path, async (c) => {
  const principal = requirePrincipal(c);
  const { document, bodyName } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.export');
  const number = versionNumberParam(c.req.param('number'));
  const format = formatParam.safeParse(c.req.query('format'));
  if (!format.success) throw new ApiProblem(400, 'invalid_format', 'error.invalidExportFormat');
  const threads = threadsParam.safeParse(c.req.query('threads'));
  if (!threads.success) throw new ApiProblem(400, 'invalid_threads', 'error.invalidExportThreads');
  // `threads=open`: the document's open comment threads as they are now, in an appendix.
  const openThreads = threads.data === 'open' ? exportThreads(await loadThreadViews(c.var.database.db, { documentId: document.id })) : undefined;
  const file = await exportVersion(c.var.database.db, { id: document.id, organisationId: document.organisationId, bodyName, organisationName: principal.organisation.name, goalLevels: principal.organisation.settings.goalLevels }, number, format.data, { openThreads });
  const actor = actorOf(c, principal);
  await audit(c.var.database.db, { action: 'document.exported', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'document', targetId: document.id, details: { number, format: format.data, ...(threads.data ? { threads: threads.data } : {}) }, ip: actor.ip, at: actor.at });
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': file.contentDisposition,
    'Content-Length': String(file.bytes.byteLength),
    // A fastställd version never changes, but the file may hold what a logged-in user may read: no shared caches.
    'Cache-Control': 'private, no-store',
  });
});
