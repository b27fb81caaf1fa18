import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { INBOX_CHANGES, inboxRoom } from '../../shared/sync/rooms';
import { docUpdates } from '../../server/db/schema';
import { textAnchor } from '../helpers/comments';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const changes = (client: { doc: { getArray(name: string): { length: number } } }) => client.doc.getArray(INBOX_CHANGES).length;

describe(`a member's inbox follows their mentions live, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  beforeAll(async () => {
    h = await SyncHarness.start();
  });
  afterAll(() => h.stop());

  it('is told when someone mentions the member, and when they read it in another tab; only the member may listen', async () => {
    const sara = await h.login('tjansteperson@exempelkommun.se');
    const lars = await h.login('politiker@exempelkommun.se');
    const larsId = await h.userId('politiker@exempelkommun.se');
    const inbox = h.client(inboxRoom(larsId), lars);
    await synced(inbox);
    expect(inbox.notices[0]).toEqual({ type: 'mode', mode: 'read' });

    const documentId = await h.createDocument();
    const created = await h.api<{ thread: { comments: Array<{ id: string }> } }>('POST', `/documents/${documentId}/threads`, sara, { anchor: textAnchor(), body: 'Vad tycker du, @Lars?', mentions: [larsId] });
    expect(created.status).toBe(201);
    await until(() => changes(inbox) === 1, 'the inbox to hear of the mention');

    const { body } = await h.api<{ mentions: Array<{ id: string }> }>('GET', '/mentions', lars);
    expect((await h.api('POST', `/mentions/${body.mentions[0]!.id}/read`, lars)).status).toBe(204);
    await until(() => changes(inbox) === 2, 'the inbox to hear that it was read');
    // Editing the comment without touching its mentions tells nobody.
    expect((await h.api('PATCH', `/comments/${created.body.thread.comments[0]!.id}`, sara, { body: 'Vad tycker du?' })).status).toBe(200);

    const spy = h.client(inboxRoom(larsId), sara);
    await until(() => spy.closes.includes(CLOSE.forbidden), 'another member refused');
    expect(changes(inbox)).toBe(2);
    // It lives in memory only.
    expect(await h.db.select().from(docUpdates).where(like(docUpdates.docId, 'user:%'))).toEqual([]);
  });
});
