import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardRoom, documentRoom } from '../../shared/sync/rooms';
import { addCard, readCards } from '../../shared/workshops/board';
import { loadDocState } from '../../server/sync/doc-store';
import { renderState } from '../../server/versions/render-state';
import type { WorkshopView } from '../../shared/api/workshops';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

describe(`compiling a workshop reads the boards live from the sync server, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let facilitator: string;

  beforeAll(async () => {
    h = await SyncHarness.start();
    facilitator = await h.login('processledare@exempelkommun.se');
  });
  afterAll(() => h.stop());

  it('includes a card written a moment ago over the socket, and leaves the board room working', async () => {
    const today = stockholmDate(new Date());
    const created = await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Live', date: today, groupCount: 2 });
    const workshop = created.body.workshop;
    const joined = await h.api<{ participant: { groupId: string; participantId: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst' });
    const guest = guestCookieFrom(joined.response)!;
    const group = joined.body.participant.groupId;
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);

    const writer = h.client(boardRoom(workshop.id, group), guest);
    const watcher = h.client(boardRoom(workshop.id, group), facilitator);
    await Promise.all([synced(writer), synced(watcher)]);
    const createdAt = new Date().toISOString();
    addCard(writer.doc, { id: 'live-1', text: 'Skrivet nyss', categoryId: 'sociala:mojligheter', author: { participantId: joined.body.participant.participantId, name: 'Gäst' }, createdAt });
    await until(() => readCards(watcher.doc).length === 1, 'the card to reach the server');

    const compiled = await h.api<{ document: { id: string } }>('POST', `/workshops/${workshop.id}/compile`, facilitator);
    expect(compiled.status).toBe(201);
    const text = renderState(Y.encodeStateAsUpdate(await loadDocState(h.db, documentRoom(compiled.body.document.id)))).plainText;
    expect(text).toContain('– Skrivet nyss — ');
    expect(text).not.toContain('Gäst,');

    const csv = await h.api('GET', `/workshops/${workshop.id}/export.csv`, facilitator);
    expect(csv.status).toBe(200);
    expect(await csv.response.text()).toContain(';Skrivet nyss;Gäst;0;');

    // Reading changed nothing and broke nothing: the room goes on.
    addCard(writer.doc, { id: 'live-2', text: 'Och ett till', categoryId: 'sociala:mojligheter', author: null, createdAt: new Date().toISOString() });
    await until(() => readCards(watcher.doc).length === 2, 'the second card');
  });
});
