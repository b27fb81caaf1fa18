import { Hono, type Context } from 'hono';
import type { ThreadView } from '../../shared/comments/model';
import { authorizeComment, authorizeThread } from '../comments/access';
import { createThread } from '../comments/create-thread';
import { deleteComment } from '../comments/delete-comment';
import { editComment } from '../comments/edit-comment';
import { reply } from '../comments/reply';
import { setResolved } from '../comments/resolve-thread';
import { activeMembers, markMentionRead, mentionsOf } from '../comments/inbox';
import { commentInput, newThreadInput } from '../comments/input';
import { publishThread } from '../comments/publish';
import { loadThreadViews } from '../comments/views';
import { authorizeDocument } from '../documents/authorize';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { requirePrincipal } from '../http/guards';
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
  .get('/documents/:id/threads', async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.read');
    return c.json({ threads: await loadThreadViews(c.var.database.db, { documentId: document.id }) });
  })
  .post('/documents/:id/threads', async (c) => {
    const principal = requirePrincipal(c);
    const { document } = await authorizeDocument(c.var.database.db, principal, uuidParam(c, 'id'), 'document.comment');
    const input = await parseJson(c, newThreadInput);
    const { threadId } = await createThread(c.var.database.db, actorOf(c, principal), document.id, input);
    return c.json({ thread: await publish(c, document.id, threadId) }, 201);
  })
  .post('/threads/:id/comments', async (c) => {
    const principal = requirePrincipal(c);
    const { thread, document } = await authorizeThread(c.var.database.db, principal, c.req.param('id') ?? '', 'thread.reply');
    const input = await parseJson(c, commentInput);
    const { commentId } = await reply(c.var.database.db, actorOf(c, principal), thread.id, input);
    return c.json({ comment: commentOf(await publish(c, document.id, thread.id), commentId) }, 201);
  })
  .patch('/comments/:id', async (c) => {
    const principal = requirePrincipal(c);
    const { comment, document } = await authorizeComment(c.var.database.db, principal, c.req.param('id') ?? '', 'comment.edit');
    const input = await parseJson(c, commentInput);
    await editComment(c.var.database.db, actorOf(c, principal), comment.id, input);
    return c.json({ comment: commentOf(await publish(c, document.id, comment.threadId), comment.id) });
  })
  .delete('/comments/:id', async (c) => {
    const principal = requirePrincipal(c);
    const { comment, document } = await authorizeComment(c.var.database.db, principal, c.req.param('id') ?? '', 'comment.delete');
    await deleteComment(c.var.database.db, actorOf(c, principal), comment);
    return c.json({ comment: commentOf(await publish(c, document.id, comment.threadId), comment.id) });
  })
  .post('/threads/:id/resolve', (c) => resolve(c, true))
  .post('/threads/:id/reopen', (c) => resolve(c, false))
  .get('/members', async (c) => {
    const principal = requirePrincipal(c);
    return c.json({ members: await activeMembers(c.var.database.db, principal.organisation.id) });
  })
  .get('/mentions', async (c) => {
    const principal = requirePrincipal(c);
    return c.json({ mentions: await mentionsOf(c.var.database.db, principal.user.id, principal.organisation.id) });
  })
  .post('/mentions/:id/read', async (c) => {
    const principal = requirePrincipal(c);
    const found = await markMentionRead(c.var.database.db, principal.user.id, uuidParam(c, 'id'), c.var.services.clock());
    if (!found) throw new ApiProblem(404, 'mention_not_found', 'error.mentionNotFound');
    return c.body(null, 204);
  });

async function resolve(c: Context<AppEnv>, resolved: boolean) {
  const principal = requirePrincipal(c);
  const { thread, document } = await authorizeThread(c.var.database.db, principal, c.req.param('id') ?? '', 'thread.resolve');
  await setResolved(c.var.database.db, actorOf(c, principal), thread.id, resolved);
  return c.json({ thread: await publish(c, document.id, thread.id) });
}
