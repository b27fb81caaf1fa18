import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createLogger } from '../../server/log/logger';
import { CLOSE } from '../../shared/sync/protocol';
import { boardRoom } from '../../shared/sync/rooms';
import { addCard, cardsMap, deleteCard, moveCard, readCards, type CardAuthor } from '../../shared/workshops/board';
import type { WorkshopView } from '../../shared/api/workshops';
import { SyncHarness, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

/**
 * A board's cards belong to their authors (issue 8: "edit/delete own cards"), held by the server on what
 * each connection sends, not only by the buttons the UI shows: a client that skips the UI is refused
 * (closed with 4409) and the stored board stays as it was.
 */
describe(`card rights on a group board, held by the server, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  const logLines: string[] = [];
  let facilitator: string;
  let workshop: WorkshopView;
  let room: string;
  const guests: Array<{ cookie: string; author: CardAuthor }> = [];

  const newCard = (id: string, author: CardAuthor | null, text = `Kort ${id}`) => ({ id, text, categoryId: 'sociala:utmaningar', author, createdAt: new Date().toISOString() });
  /** The board as a fresh connection receives it: what the server holds. */
  async function stored() {
    const reader = h.client(room, facilitator);
    await synced(reader);
    const cards = readCards(reader.doc);
    reader.destroy();
    return cards;
  }
  async function writer(cookie: string): Promise<TestClient> {
    const client = h.client(room, cookie);
    await synced(client);
    expect(client.notices[0]).toEqual({ type: 'mode', mode: 'write' });
    return client;
  }
  const refused = (client: TestClient, what: string) => until(() => client.closes.includes(CLOSE.refused), `the refusal of ${what}`, 3000);

  beforeAll(async () => {
    h = await SyncHarness.start({ persistBatchMs: 20 }, { log: createLogger('json', 'debug', (line) => logLines.push(line)) });
    facilitator = await h.login('processledare@exempelkommun.se');
    const today = stockholmDate(new Date());
    workshop = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date: today, groupCount: 1 })).body.workshop;
    for (const name of ['Anna Gäst', 'Bo Gäst']) {
      const joined = await h.api<{ participant: { participantId: string; name: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name });
      const cookie = guestCookieFrom(joined.response)!;
      guests.push({ cookie, author: { participantId: joined.body.participant.participantId, name: joined.body.participant.name } });
    }
    room = boardRoom(workshop.id, workshop.groups[0]!.id);
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);
  });
  afterAll(() => h.stop());

  it('takes a participant\'s own cards, edits and deletes, and their moves of anyone\'s card', async () => {
    const [anna, bo] = guests as [(typeof guests)[0], (typeof guests)[0]];
    const annas = await writer(anna.cookie);
    addCard(annas.doc, newCard('a1', anna.author));
    addCard(annas.doc, newCard('a2', anna.author));
    const bos = await writer(bo.cookie);
    await until(() => cardsMap(bos.doc).size === 2, "Anna's cards at Bo");
    moveCard(bos.doc, 'a1', 'ekonomiska:mojligheter');
    const text = cardsMap(annas.doc).get('a2')!.get('text') as Y.Text;
    await until(() => cardsMap(annas.doc).get('a1')!.get('categoryId') === 'ekonomiska:mojligheter', "Bo's move at Anna");
    text.insert(text.length, ' och unga');
    deleteCard(annas.doc, 'a1');
    await until(async () => (await stored()).map((card) => card.text).join() === 'Kort a2 och unga', 'the edit and the delete stored');
    expect(annas.closes).toEqual([]);
    expect(bos.closes).toEqual([]);
  });

  it('refuses another\'s card edited, deleted or written in their name, and keeps the stored board as it was', async () => {
    const [, bo] = guests as [(typeof guests)[0], (typeof guests)[0]];
    const before = await stored();
    expect(before.map((card) => card.id)).toEqual(['a2']);

    const editing = await writer(bo.cookie);
    (cardsMap(editing.doc).get('a2')!.get('text') as Y.Text).insert(0, 'Inte ');
    await refused(editing, 'an edit of another\'s card');

    const deleting = await writer(bo.cookie);
    deleteCard(deleting.doc, 'a2');
    await refused(deleting, 'a delete of another\'s card');

    const impersonating = await writer(bo.cookie);
    addCard(impersonating.doc, newCard('b1', guests[0]!.author));
    await refused(impersonating, 'a card in another\'s name');

    const garbage = await writer(bo.cookie);
    cardsMap(garbage.doc).set('b2', 'inte ett kort' as unknown as Y.Map<unknown>);
    await refused(garbage, 'an entry that is not a card');

    await h.server.sync.flushAll();
    expect(await stored()).toEqual(before);
    // The log says what was refused, never who: a board may hold an anonymous activity.
    const refusals = logLines.filter((line) => line.includes('refused a change to a sync room'));
    expect(refusals.length).toBe(4);
    for (const line of refusals) {
      expect(line).not.toContain('Bo Gäst');
      expect(line).not.toContain(guests[1]!.author.participantId);
    }
  });

  it('lets a facilitator delete any card, and takes no names on new cards in an anonymous activity', async () => {
    const moderator = await writer(facilitator);
    deleteCard(moderator.doc, 'a2');
    await until(async () => (await stored()).length === 0, 'the facilitator\'s delete stored');

    const phases = workshop.phases.map((phase) => (phase.id === 'grupparbete' ? { ...phase, anonymous: true } : phase));
    expect((await h.api('PATCH', `/workshops/${workshop.id}`, facilitator, { phases })).status).toBe(200);
    const [anna] = guests as [(typeof guests)[0]];
    const signed = await writer(anna.cookie);
    await until(async () => {
      addCard(signed.doc, newCard(crypto.randomUUID(), anna.author));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return signed.closes.includes(CLOSE.refused);
    }, 'a signed card refused once the activity is anonymous', 5000);
    const unsigned = await writer(anna.cookie);
    addCard(unsigned.doc, newCard('anon', null));
    await until(async () => (await stored()).some((card) => card.id === 'anon' && card.author === null), 'the anonymous card stored');
    expect(unsigned.closes).toEqual([]);
  });
});
