import { execFileSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MAX_LENGTH, readThreads, type CommentView, type ThreadView } from '../shared/comments/model';
import { commentsRoom } from '../shared/sync/rooms';
import { auditLog, commentMentions, commentThreads, comments, documents, organisations, users } from '../server/db/schema';
import { loadDocState } from '../server/sync/doc-store';
import { AppHarness } from './helpers/app-harness';
import { textAnchor } from './helpers/comments';
import { driverUnderTest } from './helpers/test-database';

const json = async <T>(response: Response) => (await response.json()) as T;
type Problem = { error: { code: string; message: string } };
const pdfText = (bytes: Uint8Array) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8').replace(/\s+/g, ' ');

const ROLES = { admin: 'admin', facilitator: 'processledare', politician: 'politiker', official: 'tjansteperson', commenter: 'opposition', viewer: 'revisor' } as const;
type Who = keyof typeof ROLES;

describe(`comment threads over HTTP on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let cookie: Record<Who, string>;
  let userId: Record<Who, string>;
  let documentId: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    cookie = {} as Record<Who, string>;
    userId = {} as Record<Who, string>;
    for (const [who, local] of Object.entries(ROLES) as Array<[Who, string]>) {
      cookie[who] = await h.login(`${local}@exempelkommun.se`);
      userId[who] = (await h.db.select().from(users).where(eq(users.email, `${local}@exempelkommun.se`)))[0]!.id;
    }
    documentId = (await h.db.select().from(documents).where(eq(documents.type, 'mal')))[0]!.id;
  });
  afterAll(() => h.dispose());

  const later = () => h.clock.advance(60_000);
  const createThread = (who: Who, body: unknown = { anchor: textAnchor(), body: 'Vad menas med lyckas?' }) =>
    h.request(`/api/documents/${documentId}/threads`, { method: 'POST', cookie: cookie[who], body });
  const newThread = async (who: Who = 'commenter', body?: unknown) => {
    const response = await createThread(who, body);
    expect(response.status, await response.clone().text()).toBe(201);
    later();
    return (await json<{ thread: ThreadView }>(response)).thread;
  };
  const replyTo = (who: Who, threadId: string, body: unknown) => h.request(`/api/threads/${threadId}/comments`, { method: 'POST', cookie: cookie[who], body });
  const edit = (who: Who, commentId: string, body: unknown) => h.request(`/api/comments/${commentId}`, { method: 'PATCH', cookie: cookie[who], body });
  const remove = (who: Who, commentId: string) => h.request(`/api/comments/${commentId}`, { method: 'DELETE', cookie: cookie[who] });
  const resolve = (who: Who, threadId: string, what: 'resolve' | 'reopen' = 'resolve') => h.request(`/api/threads/${threadId}/${what}`, { method: 'POST', cookie: cookie[who] });
  const threadsOf = async (who: Who = 'viewer') => (await json<{ threads: ThreadView[] }>(await h.request(`/api/documents/${documentId}/threads`, { cookie: cookie[who] }))).threads;
  /** The comments room as stored: what every client receives. */
  const roomThreads = async () => {
    return readThreads(await loadDocState(h.db, commentsRoom(documentId)));
  };

  it('creates a thread, replies, edits, deletes, resolves and reopens; the room always shows what the database has', async () => {
    const anchor = textAnchor();
    const thread = await newThread('commenter', { anchor, body: 'Vad menas med lyckas?' });
    expect(thread).toMatchObject({ documentId, anchor, createdBy: { id: userId.commenter, name: expect.any(String) }, resolvedAt: null, resolvedBy: null });
    expect(thread.comments).toEqual([
      { id: expect.any(String), author: { id: userId.commenter, name: thread.createdBy.name }, body: 'Vad menas med lyckas?', mentions: [], createdAt: thread.createdAt, editedAt: null, deleted: false },
    ]);

    const replied = await replyTo('official', thread.id, { body: '  Att klara målen i alla ämnen.  ' });
    expect(replied.status).toBe(201);
    const { comment: answer } = await json<{ comment: CommentView }>(replied);
    expect(answer).toMatchObject({ author: { id: userId.official }, body: 'Att klara målen i alla ämnen.', deleted: false });
    later();

    const edited = await edit('official', answer.id, { body: 'Att klara kunskapskraven.' });
    expect(edited.status).toBe(200);
    expect((await json<{ comment: CommentView }>(edited)).comment).toMatchObject({ id: answer.id, body: 'Att klara kunskapskraven.', editedAt: h.clock.now.toISOString() });

    const deleted = await remove('official', answer.id);
    expect(deleted.status).toBe(200);
    const { comment: gone } = await json<{ comment: CommentView }>(deleted);
    expect(gone).toMatchObject({ id: answer.id, body: '', deleted: true, mentions: [] });
    const again = await remove('official', answer.id);
    expect(again.status).toBe(200);
    expect((await json<{ comment: CommentView }>(again)).comment).toEqual(gone);
    expect((await h.db.select().from(comments).where(eq(comments.id, answer.id)))[0]).toMatchObject({ body: '', deletedAt: expect.any(Date) });
    expect((await edit('official', answer.id, { body: 'Tillbaka' })).status).toBe(409);

    const resolved = await resolve('commenter', thread.id);
    expect(resolved.status).toBe(200);
    expect((await json<{ thread: ThreadView }>(resolved)).thread).toMatchObject({ resolvedAt: h.clock.now.toISOString(), resolvedBy: { id: userId.commenter } });
    const [listed] = await threadsOf('viewer');
    expect(listed!.comments.map((c) => [c.author.id, c.body, c.deleted])).toEqual([
      [userId.commenter, 'Vad menas med lyckas?', false],
      [userId.official, '', true],
    ]);
    expect(await roomThreads()).toEqual(await threadsOf());

    const reopened = await resolve('facilitator', thread.id, 'reopen');
    expect((await json<{ thread: ThreadView }>(reopened)).thread).toMatchObject({ resolvedAt: null, resolvedBy: null });
    expect(await roomThreads()).toEqual(await threadsOf());
  });

  it('shows every one of several replies sent at once, in the API and in the room', async () => {
    const thread = await newThread('commenter');
    const who: Who[] = ['admin', 'facilitator', 'politician', 'official', 'commenter'];
    const responses = await Promise.all(who.map((role) => replyTo(role, thread.id, { body: `Svar från ${role}` })));
    expect(responses.map((r) => r.status)).toEqual(who.map(() => 201));
    const [listed] = await threadsOf();
    expect(listed!.comments).toHaveLength(who.length + 1);
    expect(await roomThreads()).toEqual([listed]);
  });

  it('checks can() on every route: viewers read only, commenters act on their own, admins moderate', async () => {
    expect((await createThread('viewer')).status).toBe(403);
    const thread = await newThread('politician');
    expect((await replyTo('viewer', thread.id, { body: 'Får jag?' })).status).toBe(403);
    const reply = await replyTo('commenter', thread.id, { body: 'Oppositionen undrar.' });
    expect(reply.status).toBe(201);
    const { comment } = await json<{ comment: CommentView }>(reply);

    expect((await resolve('commenter', thread.id)).status).toBe(403); // someone else's thread
    expect((await resolve('viewer', thread.id)).status).toBe(403);
    expect((await edit('politician', comment.id, { body: 'Ändrat av annan' })).status).toBe(403);
    expect((await edit('admin', comment.id, { body: 'Ändrat av admin' })).status).toBe(403);
    expect((await remove('politician', comment.id)).status).toBe(403);
    expect((await remove('viewer', comment.id)).status).toBe(403);
    expect((await resolve('official', thread.id)).status).toBe(200); // an editor of the document

    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, 'comment.deleted'))).toHaveLength(0);
    expect((await remove('admin', comment.id)).status).toBe(200);
    const [row] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'comment.deleted'));
    expect(row).toMatchObject({ actorUserId: userId.admin, targetType: 'comment', targetId: comment.id, details: { threadId: thread.id, authorId: userId.commenter } });
    // Deleting one's own comment is not moderation: no audit row.
    await remove('politician', thread.comments[0]!.id);
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, 'comment.deleted'))).toHaveLength(1);

    for (const [path, method] of [[`/api/documents/${documentId}/threads`, 'GET'], ['/api/members', 'GET'], ['/api/mentions', 'GET'], [`/api/threads/${thread.id}/resolve`, 'POST']] as const) {
      expect((await h.request(path, { method })).status, path).toBe(401);
    }
  });

  it('keeps comment text verbatim as plain text (no HTML processing), and limits its length', async () => {
    const script = '<script>alert(1)</script> & <b>fet</b>\nrad två';
    const thread = await newThread('commenter', { anchor: textAnchor('<img src=x onerror=alert(1)>'), body: script });
    expect(thread.comments[0]!.body).toBe(script);
    expect(thread.anchor.quote).toBe('<img src=x onerror=alert(1)>');
    expect((await threadsOf())[0]!.comments[0]!.body).toBe(script);
    expect((await roomThreads())[0]!.comments[0]!.body).toBe(script);
    expect((await h.db.select().from(comments))[0]!.body).toBe(script);
    expect((await replyTo('commenter', thread.id, { body: 'x'.repeat(COMMENT_MAX_LENGTH) })).status).toBe(201);
  });

  it('answers 400 with a Swedish message to bad input', async () => {
    const anchor = textAnchor();
    const bad: Array<[string, unknown]> = [
      ['empty body', { anchor, body: '   ' }],
      ['too long', { anchor, body: 'x'.repeat(COMMENT_MAX_LENGTH + 1) }],
      ['no anchor', { body: 'Hej' }],
      ['start not a position', { anchor: { ...anchor, start: Buffer.from('inte en position').toString('base64') }, body: 'Hej' }],
      ['start not base64', { anchor: { ...anchor, start: '!!!' }, body: 'Hej' }],
      ['start too long', { anchor: { ...anchor, start: 'A'.repeat(2000) }, body: 'Hej' }],
      ['unknown fragment', { anchor: { ...anchor, fragment: 'fields' }, body: 'Hej' }],
      ['quote too long', { anchor: { ...anchor, quote: 'x'.repeat(1001) }, body: 'Hej' }],
      ['unknown kind', { anchor: { kind: 'page', quote: '' }, body: 'Hej' }],
      ['body not text', { anchor, body: { html: '<p>Hej</p>' } }],
      ['mentions not ids', { anchor, body: 'Hej', mentions: ['anna'] }],
    ];
    for (const [what, body] of bad) {
      const response = await createThread('commenter', body);
      expect(response.status, what).toBe(400);
      expect((await json<Problem>(response)).error.message, what).toMatch(/^Kontrollera uppgifterna: /);
    }
    const response = await createThread('commenter', { anchor, body: 'Hej', mentions: ['00000000-0000-4000-8000-000000000000'] });
    expect(response.status).toBe(400);
    expect((await json<Problem>(response)).error.message).toBe('Bara aktiva medlemmar i organisationen kan nämnas.');
    const goal = await createThread('commenter', { anchor: { kind: 'goal', goalId: 'goal-1', indicatorId: null, quote: 'Alla barn' }, body: 'Om målet' });
    expect(goal.status).toBe(201);
    const goalWithin = await createThread('commenter', { anchor: { ...anchor, fragment: 'viljeinriktning:goal-1' }, body: 'I viljeinriktningen' });
    expect(goalWithin.status).toBe(201);
    expect(await h.db.select().from(commentThreads)).toHaveLength(2);
  });

  it('answers 404 for unknown ids and for threads and comments of another organisation', async () => {
    const [other] = await h.db.insert(organisations).values({ name: 'Grannkommun', slug: 'grannkommun' }).returning();
    const [foreign] = await h.db.insert(documents).values({ organisationId: other!.id, type: 'mal', title: 'Hemligt' }).returning();
    const [thread] = await h.db.insert(commentThreads).values({ documentId: foreign!.id, anchor: textAnchor(), createdBy: userId.admin, createdAt: h.clock.now }).returning();
    const [comment] = await h.db.insert(comments).values({ threadId: thread!.id, authorId: userId.admin, body: 'Hemlig kommentar', createdAt: h.clock.now }).returning();
    const notFound = async (response: Response, message: string) => {
      expect(response.status).toBe(404);
      expect((await json<Problem>(response)).error.message).toBe(message);
    };
    for (const id of [thread!.id, '00000000-0000-4000-8000-000000000000', 'inte-ett-id']) {
      await notFound(await replyTo('admin', id, { body: 'Hej' }), 'Kommentarstråden finns inte.');
      await notFound(await resolve('admin', id), 'Kommentarstråden finns inte.');
      await notFound(await resolve('admin', id, 'reopen'), 'Kommentarstråden finns inte.');
    }
    for (const id of [comment!.id, '00000000-0000-4000-8000-000000000000']) {
      await notFound(await edit('admin', id, { body: 'Hej' }), 'Kommentaren finns inte.');
      await notFound(await remove('admin', id), 'Kommentaren finns inte.');
    }
    expect((await h.request(`/api/documents/${foreign!.id}/threads`, { cookie: cookie.admin })).status).toBe(404);
    expect((await h.request(`/api/documents/${foreign!.id}/threads`, { method: 'POST', cookie: cookie.admin, body: { anchor: textAnchor(), body: 'Hej' } })).status).toBe(404);
    expect((await h.db.select().from(comments).where(eq(comments.id, comment!.id)))[0]!.body).toBe('Hemlig kommentar');
  });

  it('mentions: only active members; an "Att läsa" entry for each, unread first; marking read', async () => {
    const { members } = await json<{ members: Array<{ id: string; name: string }> }>(await h.request('/api/members', { cookie: cookie.commenter }));
    expect(members.map((m) => m.id).sort()).toEqual(Object.values(userId).sort());
    expect(members.every((m) => m.name.length > 0)).toBe(true);

    await h.db.update(users).set({ active: false }).where(eq(users.id, userId.facilitator));
    expect((await json<{ members: unknown[] }>(await h.request('/api/members', { cookie: cookie.commenter }))).members).toHaveLength(5);
    expect((await createThread('commenter', { anchor: textAnchor(), body: 'Hej', mentions: [userId.facilitator] })).status).toBe(400);

    const first = await newThread('commenter', { anchor: textAnchor(), body: `@Politiker och @Revisor, läs detta ${'x'.repeat(300)}`, mentions: [userId.politician, userId.viewer, userId.politician] });
    expect(first.comments[0]!.mentions.map((m) => m.id).sort()).toEqual([userId.politician, userId.viewer].sort());
    const second = await replyTo('official', first.id, { body: '@Politiker igen', mentions: [userId.politician] });
    const { comment: secondComment } = await json<{ comment: CommentView }>(second);
    later();

    type Mention = { id: string; readAt: string | null; documentId: string; documentTitle: string; threadId: string; comment: { id: string; body: string; author: { id: string; name: string }; deleted: boolean } };
    const inbox = async (who: Who) => (await json<{ mentions: Mention[] }>(await h.request('/api/mentions', { cookie: cookie[who] }))).mentions;
    let mine = await inbox('politician');
    expect(mine.map((m) => m.comment.id)).toEqual([secondComment.id, first.comments[0]!.id]); // newest first
    const [title] = await h.db.select({ title: documents.title }).from(documents).where(eq(documents.id, documentId));
    expect(mine[1]).toMatchObject({ readAt: null, documentId, documentTitle: title!.title, threadId: first.id, comment: { author: { id: userId.commenter }, deleted: false } });
    expect(mine[1]!.comment.body).toHaveLength(200);

    expect((await h.request(`/api/mentions/${mine[1]!.id}/read`, { method: 'POST', cookie: cookie.viewer })).status).toBe(404); // not theirs
    expect((await h.request(`/api/mentions/${mine[0]!.id}/read`, { method: 'POST', cookie: cookie.politician })).status).toBe(204);
    mine = await inbox('politician');
    expect(mine.map((m) => [m.comment.id, m.readAt])).toEqual([
      [first.comments[0]!.id, null], // unread first
      [secondComment.id, h.clock.now.toISOString()],
    ]);
    expect((await inbox('viewer')).map((m) => m.comment.id)).toEqual([first.comments[0]!.id]);
    expect(await inbox('official')).toEqual([]);

    // Editing replaces the mentions; one kept stays read, a dropped one leaves the list.
    expect((await edit('official', secondComment.id, { body: '@Revisor nu', mentions: [userId.viewer] })).status).toBe(200);
    expect((await inbox('politician')).map((m) => m.comment.id)).toEqual([first.comments[0]!.id]);
    expect((await inbox('viewer')).map((m) => m.comment.id).sort()).toEqual([first.comments[0]!.id, secondComment.id].sort());
    expect((await h.request(`/api/mentions/00000000-0000-4000-8000-000000000000/read`, { method: 'POST', cookie: cookie.viewer })).status).toBe(404);
    // A deleted comment shows as deleted in the list, without its text.
    await remove('official', secondComment.id);
    const deleted = (await inbox('viewer')).find((m) => m.comment.id === secondComment.id)!;
    expect(deleted.comment).toMatchObject({ body: '', deleted: true });
    expect(await h.db.select().from(commentMentions).where(and(eq(commentMentions.userId, userId.viewer)))).toHaveLength(2);
  });

  it('counts open threads in the document list and on the document', async () => {
    const first = await newThread('commenter');
    await newThread('official');
    await resolve('commenter', first.id);
    type Doc = { id: string; openThreads: number };
    const { documents: list } = await json<{ documents: Doc[] }>(await h.request('/api/documents', { cookie: cookie.viewer }));
    expect(list.find((d) => d.id === documentId)!.openThreads).toBe(1);
    expect(list.filter((d) => d.id !== documentId).every((d) => d.openThreads === 0)).toBe(true);
    expect((await json<{ document: Doc }>(await h.request(`/api/documents/${documentId}`, { cookie: cookie.viewer }))).document.openThreads).toBe(1);
  });

  it('exports a version with the appendix "Öppna kommentarer" when asked (threads=open)', async () => {
    const open = await newThread('commenter', { anchor: textAnchor('alla elever'), body: 'Gäller det även vuxenutbildningen?' });
    await replyTo('official', open.id, { body: 'Ja, från 2028.' });
    const { comment: removed } = await json<{ comment: CommentView }>(await replyTo('commenter', open.id, { body: 'Borttagen kommentar' }));
    await remove('commenter', removed.id);
    const closed = await newThread('commenter', { anchor: textAnchor('stängd tråd'), body: 'Löst redan' });
    await resolve('commenter', closed.id);
    const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };
    expect((await h.request(`/api/documents/${documentId}/versions`, { method: 'POST', cookie: cookie.facilitator, body: { decision } })).status).toBe(201);
    const download = (query: string) => h.request(`/api/documents/${documentId}/versions/1/export?${query}`, { cookie: cookie.viewer });

    const md = await (await download('format=md&threads=open')).text();
    const appendix = md.slice(md.indexOf('## Öppna kommentarer'));
    expect(md.indexOf('## Öppna kommentarer')).toBeGreaterThan(md.indexOf('#### Indikatorer'));
    expect(appendix).toContain('> alla elever');
    expect(appendix).toMatch(/\*\*.+, 2027-01-15:\*\* Gäller det även vuxenutbildningen\?/);
    expect(appendix).toContain('Ja, från 2028.');
    expect(appendix).not.toContain('Borttagen kommentar');
    expect(appendix).not.toContain('stängd tråd');
    expect(await (await download('format=md')).text()).not.toContain('Öppna kommentarer');
    expect((await download('format=md&threads=all')).status).toBe(400);

    const pdf = pdfText(Buffer.from(await (await download('format=pdf&threads=open')).arrayBuffer()));
    expect(pdf).toContain('Öppna kommentarer');
    expect(pdf).toContain('Gäller det även vuxenutbildningen?');
    const docx = await download('format=docx&threads=open');
    expect(docx.status).toBe(200);
  });
});
