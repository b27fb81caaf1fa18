import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { documentRevisions } from '../../server/db/schema';
import { bodyText, SyncHarness, saved, synced, typeParagraph, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

describe(`automatic revisions and restore on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  beforeAll(async () => {
    h = await SyncHarness.start({ revisionIdleMs: 300 });
  });
  afterAll(() => h.stop());

  const revisions = (id: string) => h.db.select().from(documentRevisions).where(eq(documentRevisions.documentId, id)).orderBy(documentRevisions.createdAt);

  it('records a revision after edits go quiet, with who edited, and never a duplicate', async () => {
    const id = await h.createDocument();
    const client = h.client(documentRoom(id), await h.login('politiker@exempelkommun.se'));
    await synced(client);
    typeParagraph(client, 'Första utkastet.');
    await until(async () => (await revisions(id)).length === 1, 'a revision after quiet');
    const [first] = await revisions(id);
    expect(first!.editors).toEqual([await h.userId('politiker@exempelkommun.se')]);

    // An edit and its undo leave the content as it was: no new revision.
    const body = client.doc.getXmlFragment('body');
    typeParagraph(client, 'tillfälligt');
    body.delete(body.length - 1, 1);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await revisions(id)).toHaveLength(1);
  });

  it('records a revision when the last person leaves', async () => {
    const slow = await SyncHarness.start({ revisionIdleMs: 60_000 });
    try {
      const id = await slow.createDocument();
      const client = slow.client(documentRoom(id), await slow.login('tjansteperson@exempelkommun.se'));
      await synced(client);
      typeParagraph(client, 'Skrivet innan hon gick.');
      await saved(client);
      client.destroy();
      await until(async () => (await slow.db.select().from(documentRevisions).where(eq(documentRevisions.documentId, id))).length === 1, 'a revision on leave');
    } finally {
      await slow.stop();
    }
  });

  it('prunes revisions older than the organisation keeps them', async () => {
    const id = await h.createDocument();
    await h.db.insert(documentRevisions).values({ documentId: id, yjsState: Y.encodeStateAsUpdate(new Y.Doc()), contentHash: 'gammal', editors: [], createdAt: new Date(Date.now() - 91 * 24 * 3600 * 1000) });
    const client = h.client(documentRoom(id), await h.login('politiker@exempelkommun.se'));
    await synced(client);
    typeParagraph(client, 'Nytt.');
    await until(async () => (await revisions(id)).length === 1 && (await revisions(id))[0]!.contentHash !== 'gammal', 'the old one pruned');
  });

  it('restores a revision as a new change everyone sees live; readers may not restore', async () => {
    const id = await h.createDocument();
    const politician = await h.login('politiker@exempelkommun.se');
    const a = h.client(documentRoom(id), politician);
    const b = h.client(documentRoom(id), await h.login('tjansteperson@exempelkommun.se'));
    await Promise.all([synced(a), synced(b)]);
    typeParagraph(a, 'Version att återgå till.');
    await until(async () => (await revisions(id)).length === 1, 'the first revision');
    const [revision] = await revisions(id);
    typeParagraph(b, 'Ett senare tillägg.');
    await until(() => bodyText(a.doc).includes('Ett senare tillägg.'), 'the later edit');

    const restore = (cookie: string) =>
      fetch(`${h.server.url}/api/documents/${id}/revisions/${revision!.id}/restore`, { method: 'POST', headers: { cookie, origin: h.server.url } });
    expect((await restore(await h.login('revisor@exempelkommun.se'))).status).toBe(403);
    expect((await restore(politician)).status).toBe(204);
    await until(() => bodyText(a.doc) === 'Version att återgå till.' && bodyText(b.doc) === 'Version att återgå till.', 'both to see the restore');
    const listed = await fetch(`${h.server.url}/api/documents/${id}/revisions`, { headers: { cookie: politician } });
    expect(((await listed.json()) as { revisions: unknown[] }).revisions.length).toBeGreaterThanOrEqual(1);
  });
});
