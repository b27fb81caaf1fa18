import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { organisations } from '../../server/db/schema';
import { loadDocState } from '../../server/sync/doc-store';
import { SyncHarness, saved, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

async function storedText(h: SyncHarness, documentId: string): Promise<string> {
  await h.server.sync.flushAll();
  return (await loadDocState(h.db, documentRoom(documentId))).getText('body').toString();
}

describe(`live sync on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    h = await SyncHarness.start();
    for (const who of ['admin', 'politiker', 'tjansteperson', 'revisor', 'opposition']) cookies[who] = await h.login(`${who}@exempelkommun.se`);
  });
  afterAll(() => h.stop());

  it('converges three clients editing at once, and stores the result', async () => {
    const id = await h.createDocument();
    const clients = ['admin', 'politiker', 'tjansteperson'].map((who) => h.client(documentRoom(id), cookies[who]));
    await Promise.all(clients.map(synced));
    clients.forEach((client, index) => {
      for (let i = 0; i < 20; i += 1) client.doc.getText('body').insert(0, `${'abc'[index]}${i} `);
    });
    const expectedLength = clients.reduce((sum, client) => sum + client.doc.getText('body').length, 0);
    await until(() => clients.every((client) => client.doc.getText('body').length === expectedLength), 'convergence');
    const texts = clients.map((client) => client.doc.getText('body').toString());
    expect(new Set(texts).size).toBe(1);
    expect(clients.every((client) => client.notices[0]?.type === 'mode' && client.notices[0].mode === 'write')).toBe(true);
    expect(await storedText(h, id)).toBe(texts[0]);
  });

  it('records who last edited a document, once the edit is stored', async () => {
    const id = await h.createDocument();
    const client = h.client(documentRoom(id), cookies.tjansteperson);
    await synced(client);
    client.doc.getText('body').insert(0, 'Sara skriver');
    await saved(client);
    await h.server.sync.flushAll();
    const response = await fetch(`${h.server.url}/api/documents/${id}`, { headers: { cookie: cookies.revisor! } });
    const { document } = (await response.json()) as { document: { lastEditedAt: string; lastEditedBy: { name: string } } };
    expect(document.lastEditedBy.name).toBe('Sara Holm');
    expect(new Date(document.lastEditedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('tells a writer at once what is stored, so a device that held edits before connecting learns the server has them', async () => {
    const id = await h.createDocument();
    const first = h.client(documentRoom(id), cookies.tjansteperson);
    await synced(first);
    first.doc.getText('body').insert(0, 'skrivet på enheten');
    await saved(first);
    await h.server.sync.flushAll();
    // Another connection (the same device after a reload, with a new client id) sends nothing new, and is still told.
    const again = h.client(documentRoom(id), cookies.tjansteperson);
    await synced(again);
    await until(() => again.notices.some((notice) => notice.type === 'saved'), 'the saved notice on connecting');
    const notice = again.notices.find((candidate) => candidate.type === 'saved')!;
    const stored = Y.decodeStateVector(Buffer.from((notice as { stateVector: string }).stateVector, 'base64'));
    expect(stored.get(first.doc.clientID)).toBe(Y.decodeStateVector(Y.encodeStateVector(first.doc)).get(first.doc.clientID));
    // A reader is not told: it has nothing of its own to keep.
    const reader = h.client(documentRoom(id), cookies.revisor);
    await synced(reader);
    expect(reader.notices.some((candidate) => candidate.type === 'saved')).toBe(false);
  });

  it("drops a viewer's edits: others never see them and they are never stored", async () => {
    const id = await h.createDocument();
    const editor = h.client(documentRoom(id), cookies.politiker);
    const viewer = h.client(documentRoom(id), cookies.revisor);
    await Promise.all([synced(editor), synced(viewer)]);
    expect(viewer.notices[0]).toEqual({ type: 'mode', mode: 'read' });

    viewer.doc.getText('body').insert(0, 'REVISORNS ÄNDRING ');
    editor.doc.getText('body').insert(0, 'politikerns text');
    await until(() => viewer.doc.getText('body').toString().includes('politikerns text'), 'the viewer to see the edit live');
    expect(editor.doc.getText('body').toString()).toBe('politikerns text');
    expect(await storedText(h, id)).toBe('politikerns text');
  });

  it('sends awareness back to a lone read-only client, so it does not time out', async () => {
    const id = await h.createDocument();
    const viewer = h.client(documentRoom(id), cookies.revisor);
    await synced(viewer);
    viewer.provider.awareness.setLocalStateField('user', { name: 'Birgitta Ek' });
    const before = viewer.provider.wsLastMessageReceived;
    await until(() => viewer.provider.wsLastMessageReceived > before || viewer.provider.awareness.getStates().size > 0, 'an echo');
    expect(viewer.closes).toEqual([]);
  });

  it('closes with 4401 without a session, and the client stops retrying', async () => {
    const id = await h.createDocument();
    const client = h.client(documentRoom(id), undefined);
    await until(() => client.closes.length > 0, 'a close');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(client.closes).toEqual([CLOSE.unauthenticated]);
    expect(client.provider.wsconnected || client.provider.wsconnecting).toBe(false);
  });

  it('closes with 4403 for a document of another organisation, a missing document and a malformed room', async () => {
    const [other] = await h.db.insert(organisations).values({ name: 'Grannkommun', slug: `granne-${Date.now()}` }).returning();
    const foreign = await h.createDocument({ organisationId: other!.id });
    for (const room of [documentRoom(foreign), documentRoom(crypto.randomUUID()), 'doc:inte-ett-id', 'annat-rum']) {
      const client = h.client(room, cookies.admin);
      await until(() => client.closes.length > 0, `a close for ${room}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.closes, room).toEqual([CLOSE.forbidden]);
    }
  });

  it('closes with 4403 when the Origin is foreign, and accepts programs that send none', async () => {
    const id = await h.createDocument();
    const foreign = h.client(documentRoom(id), cookies.admin, { origin: 'https://evil.example' });
    await until(() => foreign.closes.length > 0, 'a close');
    expect(foreign.closes).toEqual([CLOSE.forbidden]);
    const program = h.client(documentRoom(id), cookies.admin, { origin: null });
    await synced(program);
  });
});
