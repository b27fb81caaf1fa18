import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThreads, threadsMap, type ThreadView } from '../../shared/comments/model';
import { commentsRoom, documentRoom } from '../../shared/sync/rooms';
import { commentThreads, comments } from '../../server/db/schema';
import { createLogger } from '../../server/log/logger';
import { AccessEvents } from '../../server/events/access-events';
import { appendUpdates, loadDocState } from '../../server/sync/doc-store';
import { commentsRoomKind } from '../../server/rooms/comments';
import { RoomKinds } from '../../server/sync/room-kind';
import { SyncServer } from '../../server/sync/sync-server';
import { textAnchor } from '../helpers/comments';
import { bodyText, SyncHarness, synced, typeParagraph, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Threads in a room as stored in the database (what a server loads after a restart). */
async function storedThreads(h: SyncHarness, documentId: string): Promise<ThreadView[]> {
  return readThreads(await loadDocState(h.db, commentsRoom(documentId)));
}

describe(`the comments room: written by the server, read by clients, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let commenter: string;
  let politician: string;
  beforeAll(async () => {
    h = await SyncHarness.start();
    commenter = await h.login('opposition@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
  });
  afterAll(() => h.stop());

  async function api(path: string, cookie: string, body?: unknown) {
    const response = await fetch(`${h.server.url}/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, origin: h.server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { thread: ThreadView; threads: ThreadView[] } };
  }

  it('delivers a thread created over HTTP to a connected commenter within a second', async () => {
    const id = await h.createDocument();
    const client = h.client(commentsRoom(id), commenter);
    await synced(client);
    expect(client.notices[0]).toEqual({ type: 'mode', mode: 'read' });
    const started = Date.now();
    const created = await api(`/documents/${id}/threads`, politician, { anchor: textAnchor(), body: 'Ska vi skriva om detta?' });
    expect(created.status).toBe(201);
    await until(() => threadsMap(client.doc).has(created.body.thread.id), 'the thread in the room', 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(threadsMap(client.doc).get(created.body.thread.id)).toEqual(created.body.thread);

    const replied = await api(`/threads/${created.body.thread.id}/comments`, commenter, { body: 'Ja.' });
    expect(replied.status).toBe(201);
    await until(() => threadsMap(client.doc).get(created.body.thread.id)!.comments.length === 2, 'the reply in the room', 1000);
  });

  it('drops a commenter\'s own writes to the comments room and to the body room', async () => {
    const id = await h.createDocument();
    const created = await api(`/documents/${id}/threads`, politician, { anchor: textAnchor(), body: 'Första' });
    const writer = h.client(commentsRoom(id), commenter);
    const watcher = h.client(commentsRoom(id), politician);
    await Promise.all([synced(writer), synced(watcher)]);
    expect(watcher.notices[0]).toEqual({ type: 'mode', mode: 'read' }); // nobody writes the comments room
    const forged = { ...created.body.thread, id: 'forged', comments: [] };
    threadsMap(writer.doc).set('forged', forged);
    threadsMap(writer.doc).set(created.body.thread.id, { ...created.body.thread, resolvedAt: '2027-01-01T00:00:00.000Z' });

    const bodyWriter = h.client(documentRoom(id), commenter);
    const bodyWatcher = h.client(documentRoom(id), politician);
    await Promise.all([synced(bodyWriter), synced(bodyWatcher)]);
    expect(bodyWriter.notices[0]).toEqual({ type: 'mode', mode: 'read' });
    typeParagraph(bodyWriter, 'Oppositionen skriver i texten.');

    await pause(500);
    await h.server.sync.flushAll();
    expect(threadsMap(watcher.doc).has('forged')).toBe(false);
    expect(threadsMap(watcher.doc).get(created.body.thread.id)!.resolvedAt).toBeNull();
    expect(bodyText(bodyWatcher.doc)).not.toContain('Oppositionen');
    expect((await storedThreads(h, id)).map((t) => [t.id, t.resolvedAt])).toEqual([[created.body.thread.id, null]]);
    expect((await api(`/documents/${id}/threads`, commenter)).body.threads.map((t) => t.id)).toEqual([created.body.thread.id]);
    expect(bodyText(await loadDocState(h.db, documentRoom(id)))).not.toContain('Oppositionen');
  });

  it('keeps threads through an unload and a restart: the room comes back from storage', async () => {
    const id = await h.createDocument();
    // Nobody has the room open: the server loads it, writes, stores and unloads it again.
    const roomsBefore = h.server.sync.stats().rooms;
    const created = await api(`/documents/${id}/threads`, politician, { anchor: textAnchor(), body: 'Lagrad' });
    expect(created.status).toBe(201);
    await until(() => h.server.sync.stats().rooms === roomsBefore, 'the room to unload');
    expect(await storedThreads(h, id)).toEqual([created.body.thread]);

    // A fresh sync server on the same database (as after a restart), whose comments room does not heal on load: the data is in storage.
    const withoutHealing = new RoomKinds([{ ...commentsRoomKind({ db: h.db, log: createLogger('silent'), clock: () => new Date() }), onLoad: undefined }]);
    const fresh = new SyncServer({ database: h.test.database, log: createLogger('silent'), events: new AccessEvents(), kinds: withoutHealing });
    let seen: ThreadView[] = [];
    await fresh.applyToRoom(commentsRoom(id), (doc) => {
      seen = readThreads(doc);
    });
    await fresh.shutdown();
    expect(seen).toEqual([created.body.thread]);

    const client = h.client(commentsRoom(id), commenter);
    await synced(client);
    expect(readThreads(client.doc)).toEqual([created.body.thread]);
  });

  it('heals a room on load: threads the database has are added, threads it lacks are removed', async () => {
    const id = await h.createDocument();
    const politicianId = await h.userId('politiker@exempelkommun.se');
    // A crash between the commit and the room write: the thread is only in PostgreSQL...
    const [thread] = await h.db.insert(commentThreads).values({ documentId: id, anchor: textAnchor(), createdBy: politicianId, createdAt: new Date('2027-01-15T09:00:00Z') }).returning();
    await h.db.insert(comments).values({ threadId: thread!.id, authorId: politicianId, body: 'Bara i databasen', createdAt: new Date('2027-01-15T09:00:00Z') });
    // ...and the stored room holds a thread the database does not have.
    const stale = new Y.Doc();
    const updates: Uint8Array[] = [];
    stale.on('update', (update: Uint8Array) => updates.push(update));
    threadsMap(stale).set('gone', { id: 'gone' } as ThreadView);
    await appendUpdates(h.db, commentsRoom(id), updates);

    const client = h.client(commentsRoom(id), commenter);
    await synced(client);
    await until(() => threadsMap(client.doc).has(thread!.id), 'the healed thread');
    expect([...threadsMap(client.doc).keys()]).toEqual([thread!.id]);
    expect(threadsMap(client.doc).get(thread!.id)!.comments.map((c) => c.body)).toEqual(['Bara i databasen']);
    await h.server.sync.flushAll();
    expect((await storedThreads(h, id)).map((t) => t.id)).toEqual([thread!.id]);
  });
});
