import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/sync/protocol';
import { controlRoom, documentRoom } from '../../shared/sync/rooms';
import { SESSION_LIFETIME_MS } from '../../server/auth/sessions';
import { loadDoc } from '../../server/sync/doc-store';
import type { WorkshopView } from '../../shared/workshops/view';
import { FakeClock } from '../helpers/app-harness';
import { bodyText, SyncHarness, synced, typeParagraph, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';

const DAY_MS = 24 * 60 * 60 * 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const closedWith = async (client: TestClient, what: string) => {
  await until(() => client.closes.length > 0, what, 5000);
  return client.closes[0];
};

describe(`live connections end with their session (logout, expiry, a guest leaving) on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  // The server's clock: tests move it a month ahead to reach a session's end.
  const clock = new FakeClock(new Date());

  async function storedBody(documentId: string): Promise<string> {
    await h.server.sync.flushAll();
    const stored = await loadDoc(h.db, documentRoom(documentId));
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return bodyText(doc);
  }

  /** A member with one document open for writing, their first paragraph stored. */
  async function memberEditing(email = 'politiker@exempelkommun.se') {
    const cookie = await h.login(email);
    const documentId = await h.createDocument();
    const client = h.client(documentRoom(documentId), cookie);
    await synced(client);
    typeParagraph(client, 'Före');
    await until(async () => (await storedBody(documentId)).includes('Före'), 'the first paragraph stored');
    return { cookie, documentId, client };
  }

  async function guestInWorkshop() {
    const facilitator = await h.login('processledare@exempelkommun.se');
    const date = clock.now.toISOString().slice(0, 10);
    const created = await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date, groupCount: 1 });
    expect(created.status).toBe(201);
    const workshop = created.body.workshop;
    const joined = await h.api<unknown>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst' });
    expect(joined.status).toBe(200);
    const cookie = guestCookieFrom(joined.response)!;
    const client = h.client(controlRoom(workshop.id), cookie);
    await synced(client);
    return { cookie, client };
  }

  beforeAll(async () => {
    // Connections look at their session's expiry every 50 ms here, so a moved clock is noticed at once.
    h = await SyncHarness.start({ sessionCheckMs: 50 }, { clock: clock.read });
  });
  afterAll(() => h.stop());

  it('closes a member\'s open sockets with 4401 on logout, and stores nothing written after it', async () => {
    const { cookie, documentId, client } = await memberEditing();
    const elsewhere = await h.login('politiker@exempelkommun.se');
    const other = h.client(documentRoom(documentId), elsewhere);
    await synced(other);

    expect((await h.api('POST', '/auth/logout', cookie)).status).toBe(204);
    typeParagraph(client, 'Efter utloggning');
    expect(await closedWith(client, 'the close after logout')).toBe(CLOSE.unauthenticated);
    await pause(300);
    expect(await storedBody(documentId)).not.toContain('Efter utloggning');
    // Only that session ended: the same user's other browser keeps writing.
    expect(other.closes).toEqual([]);
    typeParagraph(other, 'Annan webbläsare');
    await until(async () => (await storedBody(documentId)).includes('Annan webbläsare'), 'the other session\'s paragraph stored');
  });

  it('closes a guest\'s sockets with 4401 when they leave the workshop (logout of the guest session)', async () => {
    const { cookie, client } = await guestInWorkshop();
    expect((await h.api('POST', '/auth/logout', cookie)).status).toBe(204);
    expect(await closedWith(client, 'the close after the guest left')).toBe(CLOSE.unauthenticated);
  });

  it('closes a member\'s sockets with 4401 when their session expires while they are open', async () => {
    const { documentId, client } = await memberEditing();
    clock.advance(SESSION_LIFETIME_MS + 1000);
    expect(await closedWith(client, 'the close at expiry')).toBe(CLOSE.unauthenticated);
    typeParagraph(client, 'Efter utgång');
    await pause(300);
    expect(await storedBody(documentId)).not.toContain('Efter utgång');
  });

  it('keeps a socket open while its session slides with use, and closes it at the renewed expiry', async () => {
    const { cookie, documentId, client } = await memberEditing();
    clock.advance(20 * DAY_MS);
    // Using the site renews a session past half its life.
    expect((await h.api('GET', '/me', cookie)).status).toBe(200);
    clock.advance(11 * DAY_MS);
    await pause(300);
    expect(client.closes).toEqual([]);
    typeParagraph(client, 'Fortfarande inloggad');
    await until(async () => (await storedBody(documentId)).includes('Fortfarande inloggad'), 'the paragraph stored');
    clock.advance(20 * DAY_MS);
    expect(await closedWith(client, 'the close at the renewed expiry')).toBe(CLOSE.unauthenticated);
  });

  it('closes a guest\'s sockets with 4401 when the workshop\'s day ends', async () => {
    const { client } = await guestInWorkshop();
    clock.advance(DAY_MS + 1000);
    expect(await closedWith(client, 'the close at the end of the day')).toBe(CLOSE.unauthenticated);
  });
});
