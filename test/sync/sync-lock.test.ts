import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentRoom } from '../../shared/sync/rooms';
import { documentVersions } from '../../server/db/schema';
import { loadDocState } from '../../server/sync/doc-store';
import { bodyText, SyncHarness, saved, synced, typeParagraph, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };

describe(`locking a document that is being edited, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  beforeAll(async () => {
    h = await SyncHarness.start();
  });
  afterAll(() => h.stop());

  async function lock(id: string) {
    const facilitator = await h.login('processledare@exempelkommun.se');
    return fetch(`${h.server.url}/api/documents/${id}/versions`, {
      method: 'POST',
      headers: { cookie: facilitator, origin: h.server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ decision }),
    });
  }

  it('stores what both editors see, refuses later edits, and tells every client at once', async () => {
    const id = await h.createDocument();
    const a = h.client(documentRoom(id), await h.login('politiker@exempelkommun.se'));
    const b = h.client(documentRoom(id), await h.login('tjansteperson@exempelkommun.se'));
    await Promise.all([synced(a), synced(b)]);
    typeParagraph(a, 'Alla barn ska kunna läsa efter årskurs 3.');
    typeParagraph(b, 'Andelen behöriga lärare ska öka.');
    await until(() => bodyText(a.doc) === bodyText(b.doc) && bodyText(a.doc).split('\n').length === 2, 'convergence');
    await Promise.all([saved(a), saved(b)]);

    const response = await lock(id);
    expect(response.status).toBe(201);
    const [version] = await h.db.select().from(documentVersions).where(eq(documentVersions.documentId, id));
    expect(version!.plainText).toBe(bodyText(a.doc));

    await until(() => [a, b].every((c) => c.notices.some((n) => n.type === 'mode' && n.mode === 'read' && n.reason === 'locked')), 'read-only notices');
    typeParagraph(a, 'För sent.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bodyText(b.doc)).toBe(version!.plainText);
    await h.server.sync.flushAll();
    expect(bodyText(await loadDocState(h.db, documentRoom(id)))).toBe(version!.plainText);
  });

  it('never takes an edit half-in: what is stored after a lock raced by typing is exactly the version', async () => {
    const id = await h.createDocument();
    const a = h.client(documentRoom(id), await h.login('politiker@exempelkommun.se'));
    await synced(a);
    let n = 0;
    const typing = setInterval(() => typeParagraph(a, `Rad ${n++}`), 5);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const response = await lock(id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    clearInterval(typing);
    expect(response.status).toBe(201);
    await h.server.sync.flushAll();
    const [version] = await h.db.select().from(documentVersions).where(eq(documentVersions.documentId, id));
    expect(bodyText(await loadDocState(h.db, documentRoom(id)))).toBe(version!.plainText);
    expect(version!.plainText.split('\n').length).toBeGreaterThan(5);
    expect(version!.plainText.split('\n').length).toBeLessThan(n);
  });
});
