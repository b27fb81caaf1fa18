import { Hono, type Context } from 'hono';
import * as api from '../../shared/api/comments';
import type { ThreadView } from '../../shared/comments/model';
import { authorizeComment, authorizeThread } from '../comments/access';
import { createThread } from '../comments/create-thread';
import { deleteComment } from '../comments/delete-comment';
import { editComment } from '../comments/edit-comment';
import { reply } from '../comments/reply';
import { setResolved } from '../comments/resolve-thread';
import { activeMembers, markMentionRead, mentionsOf } from '../comments/inbox';
import { notifyInboxes } from '../comments/inbox-notice';
import { publishThread } from '../comments/publish';
import { loadThreadViews } from '../comments/views';
import { authorizeDocument } from '../documents/authorize';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseJson, uuidParam } from '../http/validate';

/** Writes the thread as now stored into its document's comments room and returns its view. */
const publish = (c: Context<AppEnv>, documentId: string, threadId: string): Promise<ThreadView> =>
  publishThread(c.var.database.db, c.var.services.rooms, documentId, threadId);

const commentOf = (thread: ThreadView, commentId: string) => thread.comments.find((comment) => comment.id === commentId)!;

/**
 * Comment threads. Every change is checked here with `can()`, stored in PostgreSQL, and then written by
 * the server into the document's comments room, which clients only read (shared/comments/model.ts).
 */
export const commentRoutes = new Hono<AppEnv>()
  .get(api.listThreads.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.read');
    return respond(c, api.listThreads, 200, { threads: await loadThreadViews(c.var.database.db, { documentId: document.id }) });
  })
  .post(api.createThread.path, async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.comment');
    const input = await parseJson(c, api.createThread.body);
    const { threadId, mentionsChanged } = await createThread(c.var.database.db, actorOf(c, principal), document.id, input);
    await notifyInboxes(c.var.services.rooms, c.var.log, mentionsChanged);
    return respond(c, api.createThread, 201, { thread: await publish(c, document.id, threadId) });
  })
  .post(api.replyToThread.path, async (c) => {
    const principal = requirePrincipal(c);
    const { thread, document } = await authorizeThread(c.var.database.db, principal, c.req.param('id') ?? '', 'thread.reply');
    const input = await parseJson(c, api.replyToThread.body);
    const { commentId, mentionsChanged } = await reply(c.var.database.db, actorOf(c, principal), thread.id, input);
    await notifyInboxes(c.var.services.rooms, c.var.log, mentionsChanged);
    return respond(c, api.replyToThread, 201, { comment: commentOf(await publish(c, document.id, thread.id), commentId) });
  })
  .patch(api.editComment.path, async (c) => {
    const principal = requirePrincipal(c);
    const { comment, document } = await authorizeComment(c.var.database.db, principal, c.req.param('id') ?? '', 'comment.edit');
    const input = await parseJson(c, api.editComment.body);
    await notifyInboxes(c.var.services.rooms, c.var.log, await editComment(c.var.database.db, actorOf(c, principal), comment.id, input));
    return respond(c, api.editComment, 200, { comment: commentOf(await publish(c, document.id, comment.threadId), comment.id) });
  })
  .delete(api.deleteComment.path, async (c) => {
    const principal = requirePrincipal(c);
    const { comment, document } = await authorizeComment(c.var.database.db, principal, c.req.param('id') ?? '', 'comment.delete');
    await deleteComment(c.var.database.db, actorOf(c, principal), comment);
    return respond(c, api.deleteComment, 200, { comment: commentOf(await publish(c, document.id, comment.threadId), comment.id) });
  })
  .post(api.resolveThread.path, async (c) => respond(c, api.resolveThread, 200, await resolve(c, true)))
  .post(api.reopenThread.path, async (c) => respond(c, api.reopenThread, 200, await resolve(c, false)))
  .get(api.listMembers.path, async (c) => {
    const principal = requirePrincipal(c);
    return respond(c, api.listMembers, 200, { members: await activeMembers(c.var.database.db, principal.organisation.id) });
  })
  .get(api.listMentions.path, async (c) => {
    const principal = requirePrincipal(c);
    return respond(c, api.listMentions, 200, { mentions: await mentionsOf(c.var.database.db, principal.user.id, principal.organisation.id) });
  })
  .post(api.markMentionRead.path, async (c) => {
    const principal = requirePrincipal(c);
    const found = await markMentionRead(c.var.database.db, principal.user.id, uuidParam(c, 'id'), c.var.services.clock());
    if (!found) throw new ApiProblem(404, 'mention_not_found', 'error.mentionNotFound');
    // The member's other tabs update their count too.
    await notifyInboxes(c.var.services.rooms, c.var.log, [principal.user.id]);
    return c.body(null, 204);
  });

/** Resolves or reopens the thread and returns it as now stored (the same answer for both routes). */
async function resolve(c: Context<AppEnv>, resolved: boolean) {
  const principal = requirePrincipal(c);
  const { thread, document } = await authorizeThread(c.var.database.db, principal, c.req.param('id') ?? '', 'thread.resolve');
  await setResolved(c.var.database.db, actorOf(c, principal), thread.id, resolved);
  return { thread: await publish(c, document.id, thread.id) };
}
