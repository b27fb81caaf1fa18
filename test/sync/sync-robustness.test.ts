import { count, eq } from 'drizzle-orm';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE, MESSAGE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { docSnapshots, docUpdates, documents } from '../../server/db/schema';
import { appendUpdates, loadDoc, loadDocState } from '../../server/sync/doc-store';
import { SyncHarness, saved, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

/** A bare socket that speaks raw frames, to test what a real client library would never send. */
function rawSocket(h: SyncHarness, room: string, cookie: string) {
  const socket = new WebSocket(`${h.wsUrl}/${room}`, { headers: { cookie, origin: h.server.url } });
  const received: Buffer[] = [];
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('message', (data: Buffer) => received.push(data));
  const opened = new Promise<void>((resolve) => socket.on('open', () => resolve()));
  return { socket, received, closed, opened };
}

function step1(doc = new Y.Doc()): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe(`sync robustness on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let admin: string;
  let politician: string;
  beforeAll(async () => {
    h = await SyncHarness.start({ compactAfterRows: 20, compactMaxRows: 40, compactQuietMs: 100, persistBatchMs: 10 });
    admin = await h.login('admin@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
  });
  afterAll(() => h.stop());

  it('never serves a stored document empty, even to clients that connect while it loads', async () => {
    const id = await h.createDocument();
    // 1500 separate rows: a load that takes a while.
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 1500; i += 1) source.getText('body').insert(source.getText('body').length, `${i};`);
    for (let i = 0; i < updates.length; i += 100) await appendUpdates(h.db, documentRoom(id), updates.slice(i, i + 100));
    const expected = source.getText('body').toString();

    // A raw client sends step 1 the instant it opens; its first step 2 must already hold everything.
    const raw = rawSocket(h, documentRoom(id), admin);
    await raw.opened;
    raw.socket.send(step1());
    const clients = Array.from({ length: 5 }, () => h.client(documentRoom(id), admin));
    await Promise.all(clients.map(synced));
    for (const client of clients) expect(client.doc.getText('body').toString()).toBe(expected);

    await until(() => raw.received.some((frame) => frame[0] === MESSAGE.sync && frame[1] === syncProtocol.messageYjsSyncStep2), 'step 2');
    const step2 = raw.received.find((frame) => frame[0] === MESSAGE.sync && frame[1] === syncProtocol.messageYjsSyncStep2)!;
    const doc = new Y.Doc();
    const decoder = (await import('lib0/decoding')).createDecoder(step2);
    (await import('lib0/decoding')).readVarUint(decoder);
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, null);
    expect(doc.getText('body').toString()).toBe(expected);
    raw.socket.close();
  });

  it('switches a connected editor to read-only when their role changes, and closes on deactivation', async () => {
    const id = await h.createDocument();
    const official = await h.login('tjansteperson@exempelkommun.se');
    const client = h.client(documentRoom(id), official);
    const watcher = h.client(documentRoom(id), admin);
    await Promise.all([synced(client), synced(watcher)]);
    const userId = await h.userId('tjansteperson@exempelkommun.se');

    await fetch(`${h.server.url}/api/admin/users/${userId}`, {
      method: 'PATCH',
      headers: { cookie: admin, origin: h.server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'viewer' }),
    });
    await until(() => client.notices.some((n) => n.type === 'mode' && n.mode === 'read'), 'a read-only notice');
    expect(client.notices.at(-1)).toEqual({ type: 'mode', mode: 'read', reason: 'role' });
    client.doc.getText('body').insert(0, 'efter rollbytet');
    watcher.doc.getText('body').insert(0, 'admin skriver');
    await until(() => client.doc.getText('body').toString().includes('admin skriver'), 'the live edit');
    expect(watcher.doc.getText('body').toString()).toBe('admin skriver');

    await fetch(`${h.server.url}/api/admin/users/${userId}`, {
      method: 'PATCH',
      headers: { cookie: admin, origin: h.server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'official', active: false }),
    });
    await until(() => client.closes.includes(CLOSE.unauthenticated), 'a 4401 close');
  });

  it('turns every connection read-only at once when the document becomes fastställd', async () => {
    const id = await h.createDocument();
    const a = h.client(documentRoom(id), politician);
    const b = h.client(documentRoom(id), admin);
    await Promise.all([synced(a), synced(b)]);
    await h.db.update(documents).set({ status: 'fastställd' }).where(eq(documents.id, id));
    h.server.events.changed({ kind: 'document', documentId: id });
    await until(() => [a, b].every((c) => c.notices.at(-1)?.type === 'mode' && (c.notices.at(-1) as { mode: string }).mode === 'read'), 'read-only');
    expect(a.notices.at(-1)).toEqual({ type: 'mode', mode: 'read', reason: 'locked' });
    a.doc.getText('body').insert(0, 'för sent');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(b.doc.getText('body').toString()).toBe('');
    await h.server.sync.flushAll();
    expect((await loadDoc(h.db, documentRoom(id))).updates).toHaveLength(0);
  });

  it('closes a connection that sends a malformed or oversized frame; the server and others carry on', async () => {
    const id = await h.createDocument();
    const bystander = h.client(documentRoom(id), politician);
    await synced(bystander);
    for (const frame of [Buffer.from([MESSAGE.sync, 2, 200, 1, 2, 3]), Buffer.from([77, 1, 2]), Buffer.from([])]) {
      const raw = rawSocket(h, documentRoom(id), admin);
      await raw.opened;
      raw.socket.send(frame);
      expect(await raw.closed).toBe(CLOSE.malformed);
    }
    const text = rawSocket(h, documentRoom(id), admin);
    await text.opened;
    text.socket.send('hej');
    expect(await text.closed).toBe(CLOSE.malformed);
    const big = rawSocket(h, documentRoom(id), admin);
    await big.opened;
    big.socket.send(Buffer.alloc(3 * 1024 * 1024, 1));
    expect(await big.closed).toBe(CLOSE.tooLarge);

    const writer = h.client(documentRoom(id), admin);
    await synced(writer);
    writer.doc.getText('body').insert(0, 'fortfarande igång');
    await until(() => bystander.doc.getText('body').toString() === 'fortfarande igång', 'the bystander to get the edit');
    expect(bystander.closes).toEqual([]);
  });

  it('compacts: the stored doc stays identical and the row count stays bounded', async () => {
    const id = await h.createDocument();
    const client = h.client(documentRoom(id), admin);
    await synced(client);
    for (let i = 0; i < 400; i += 1) {
      client.doc.getText('body').insert(client.doc.getText('body').length, `${i} `);
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const expected = client.doc.getText('body').toString();
    await saved(client);
    const rowCount = async () => (await h.db.select({ n: count() }).from(docUpdates).where(eq(docUpdates.docId, documentRoom(id))))[0]!.n;
    // Bounded while busy (hard cap), and compacted at the next quiet moment.
    expect(await rowCount()).toBeLessThanOrEqual(40);
    await until(async () => (await rowCount()) < 20, 'compaction at a quiet moment');
    client.provider.disconnect();
    await until(async () => (await rowCount()) === 0, 'compaction on unload');
    const [snapshot] = await h.db.select().from(docSnapshots).where(eq(docSnapshots.docId, documentRoom(id)));
    expect(snapshot).toBeDefined();
    expect((await loadDocState(h.db, documentRoom(id))).getText('body').toString()).toBe(expected);
  });
});
