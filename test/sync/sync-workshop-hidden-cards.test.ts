import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { CLOSE, MESSAGE, NOTICES_PARAM } from '../../shared/sync/protocol';
import { boardRoom, controlRoom, draftRoom } from '../../shared/sync/rooms';
import { addCard, readCards, type Card } from '../../shared/workshops/board';
import { readControl, type ControlState } from '../../shared/workshops/control';
import type { WorkshopView } from '../../shared/api/workshops';
import { SyncHarness, saved, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { t } from '../../shared/i18n';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lastMode = (client: TestClient) => [...client.notices].reverse().find((notice) => notice.type === 'mode');

/**
 * "Dölj andras kort tills avslöjande" (issue 8): while the facilitator hides cards, a participant's new
 * cards live in their own draft room, which no other participant can open; the group board — and so
 * every other participant's connection — never carries them until the reveal moves them there.
 */
describe(`hidden cards reach the other participants only at the reveal, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let facilitator: string;
  let workshop: WorkshopView;
  let groupId: string;
  const a = { cookie: '', participantId: '', name: 'Anna Andersson' };
  const b = { cookie: '', participantId: '', name: 'Bertil Berg' };
  /** Every frame B's board socket received, raw. */
  const receivedByB: Buffer[] = [];

  async function join(who: typeof a): Promise<void> {
    const joined = await h.api<{ participant: { participantId: string; groupId: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: who.name });
    expect(joined.status).toBe(200);
    who.cookie = guestCookieFrom(joined.response)!;
    who.participantId = joined.body.participant.participantId;
    expect(joined.body.participant.groupId).toBe(groupId);
  }

  /** A real y-websocket client whose socket records every message it receives, before y-websocket reads it. */
  function recordingClient(room: string, cookie: string, record: Buffer[]): { doc: Y.Doc; provider: WebsocketProvider; destroy(): void } {
    const origin = h.server.url;
    class Recording extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin } });
        this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
          record.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
        });
      }
    }
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(h.wsUrl, room, doc, { WebSocketPolyfill: Recording as unknown as typeof globalThis.WebSocket, disableBc: true, params: { ...NOTICES_PARAM } });
    // Samsyn's own notices (mode and the like): read and set aside, as the app's client does.
    provider.messageHandlers[MESSAGE.samsyn] = (_encoder, decoder) => void decoding.readVarString(decoder);
    return {
      doc,
      provider,
      destroy: () => {
        provider.destroy();
        doc.destroy();
      },
    };
  }

  const control = (body: Partial<Record<string, unknown>>, cookie = facilitator) => h.api<{ control: ControlState }>('POST', `/workshops/${workshop.id}/control`, cookie, body);
  const card = (id: string, text: string, author: Card['author']) => ({ id, text, categoryId: 'sociala:utmaningar', author, createdAt: new Date().toISOString() });
  const received = (frames: Buffer[]) => Buffer.concat(frames).toString('utf8');

  beforeAll(async () => {
    h = await SyncHarness.start({ persistBatchMs: 20 });
    facilitator = await h.login('processledare@exempelkommun.se');
    const today = stockholmDate(new Date());
    workshop = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date: today, groupCount: 1 })).body.workshop;
    groupId = workshop.groups[0]!.id;
    await join(a);
    await join(b);
    expect((await control({ phaseId: 'grupparbete' })).status).toBe(200);
  });
  afterAll(() => h.stop());

  it('lets only the facilitator hide and reveal cards, and publishes the flag to the control room', async () => {
    expect(workshop.control.cardsHidden).toBe(false);
    const politician = await h.login('politiker@exempelkommun.se');
    for (const cookie of [a.cookie, politician]) {
      expect((await control({ cardsHidden: true }, cookie)).status).toBe(403);
      expect((await h.api('GET', `/workshops/${workshop.id}/hidden-cards`, cookie)).status).toBe(403);
    }
    expect((await control({ cardsHidden: 'ja' })).status).toBe(400);

    const watcher = h.client(controlRoom(workshop.id), b.cookie);
    await synced(watcher);
    expect(readControl(watcher.doc).cardsHidden).toBe(false);
    const hidden = await control({ cardsHidden: true });
    expect(hidden.status).toBe(200);
    expect(hidden.body.control.cardsHidden).toBe(true);
    await until(() => readControl(watcher.doc).cardsHidden, 'the flag in the control room');
    expect((await h.api<{ workshop: WorkshopView }>('GET', `/workshops/${workshop.id}`, b.cookie)).body.workshop.control.cardsHidden).toBe(true);
    expect((await control({ cardsHidden: false })).body.control.cardsHidden).toBe(false);
    await until(() => !readControl(watcher.doc).cardsHidden, 'the flag cleared');
    watcher.destroy();
  });

  it('never sends a hidden card to another participant\'s connection, refuses them the draft room, and moves it to the board at the reveal', async () => {
    const boardOfB = recordingClient(boardRoom(workshop.id, groupId), b.cookie, receivedByB);
    await until(() => boardOfB.provider.synced, 'B\'s board to sync');
    expect((await control({ cardsHidden: true })).status).toBe(200);

    // A writes a card into their draft room; the board (and B) never hear of it.
    const text = 'Kompetensförsörjningen i äldreomsorgen om tio år';
    const draftOfA = h.client(draftRoom(workshop.id, a.participantId), a.cookie);
    await synced(draftOfA);
    await until(() => lastMode(draftOfA)?.type === 'mode' && lastMode(draftOfA)!.mode === 'write', 'A may write their draft room');
    addCard(draftOfA.doc, card('dolt-kort', text, { participantId: a.participantId, name: a.name }));
    await saved(draftOfA);

    // The facilitator reads the draft room and counts the hidden card for the group; B may not open it.
    const facilitatorView = h.client(draftRoom(workshop.id, a.participantId), facilitator);
    await synced(facilitatorView);
    expect(lastMode(facilitatorView)).toMatchObject({ mode: 'read' });
    await until(() => readCards(facilitatorView.doc).some((c) => c.text === text), 'the hidden card at the facilitator');
    const counts = await h.api<{ hiddenCards: Record<string, number> }>('GET', `/workshops/${workshop.id}/hidden-cards`, facilitator);
    expect(counts.status).toBe(200);
    expect(counts.body.hiddenCards).toEqual({ [groupId]: 1 });

    const snoop = h.client(draftRoom(workshop.id, a.participantId), b.cookie);
    await until(() => snoop.closes.length > 0, 'B refused A\'s draft room');
    expect(snoop.closes[0]).toBe(CLOSE.forbidden);
    expect(readCards(snoop.doc)).toEqual([]);
    snoop.destroy();

    await pause(300);
    expect(receivedByB.length).toBeGreaterThan(0);
    expect(received(receivedByB)).not.toContain(text);
    expect(received(receivedByB)).not.toContain('dolt-kort');
    expect(readCards(boardOfB.doc)).toEqual([]);

    // The reveal: the card moves to the group board, with A's name, and leaves the draft room.
    const framesBeforeReveal = receivedByB.length;
    const revealed = await control({ cardsHidden: false });
    expect(revealed.status).toBe(200);
    await until(() => readCards(boardOfB.doc).some((c) => c.id === 'dolt-kort'), 'the card on B\'s board after the reveal');
    expect(readCards(boardOfB.doc).find((c) => c.id === 'dolt-kort')).toMatchObject({ text, categoryId: 'sociala:utmaningar', author: { participantId: a.participantId, name: a.name } });
    // The recording sees the text once revealed (so its absence above means something).
    expect(received(receivedByB.slice(framesBeforeReveal))).toContain(text);
    await until(() => readCards(draftOfA.doc).length === 0, 'the draft room emptied at A');
    expect(readCards(facilitatorView.doc)).toEqual([]);
    expect((await h.api<{ hiddenCards: Record<string, number> }>('GET', `/workshops/${workshop.id}/hidden-cards`, facilitator)).body.hiddenCards).toEqual({ [groupId]: 0 });
    // Once revealed, A's draft room is read-only again (new cards go to the board).
    await until(() => lastMode(draftOfA)?.type === 'mode' && lastMode(draftOfA)!.mode === 'read', 'the draft room read-only after the reveal');

    draftOfA.destroy();
    facilitatorView.destroy();
    boardOfB.destroy();
  });

  it('hides no cards in an anonymous activity: its cards would wait in a draft room named after their writer', async () => {
    const anonymous = workshop.phases.map((phase) => (phase.id === 'grupparbete' ? { ...phase, anonymous: true } : phase));
    const hiddenAnonymous = { error: { code: 'hidden_in_anonymous', message: t('workshop.error.hiddenAnonymous') } };
    // Cards hidden in a signed phase: the facilitator can neither make it anonymous nor move to an anonymous one.
    expect((await control({ cardsHidden: true })).status).toBe(200);
    const patched = await h.api('PATCH', `/workshops/${workshop.id}`, facilitator, { phases: anonymous });
    expect({ status: patched.status, body: patched.body }).toMatchObject({ status: 409, body: hiddenAnonymous });
    expect((await control({ cardsHidden: false })).status).toBe(200);

    expect((await h.api('PATCH', `/workshops/${workshop.id}`, facilitator, { phases: anonymous })).status).toBe(200);
    const hiding = await control({ cardsHidden: true });
    expect({ status: hiding.status, body: hiding.body }).toMatchObject({ status: 409, body: hiddenAnonymous });
    expect((await control({ phaseId: 'gruppering', cardsHidden: true })).status).toBe(200);
    const back = await control({ phaseId: 'grupparbete' });
    expect({ status: back.status, body: back.body }).toMatchObject({ status: 409, body: hiddenAnonymous });
    // Revealing and moving on in one request is fine.
    expect((await control({ phaseId: 'grupparbete', cardsHidden: false })).status).toBe(200);
    const stored = (await h.api<{ workshop: WorkshopView }>('GET', `/workshops/${workshop.id}`, facilitator)).body.workshop;
    expect(stored.control).toMatchObject({ phaseId: 'grupparbete', cardsHidden: false });
    expect((await h.api('PATCH', `/workshops/${workshop.id}`, facilitator, { phases: workshop.phases })).status).toBe(200);
  });

  it('refuses a draft room to a guest of another workshop and to a member who is not the facilitator', async () => {
    const today = stockholmDate(new Date());
    const other = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Annan', date: today, groupCount: 1 })).body.workshop;
    const joined = await h.api<unknown>('POST', '/workshops/join', undefined, { code: other.joinCode, name: 'Främling' });
    const stranger = guestCookieFrom(joined.response)!;
    const politician = await h.login('politiker@exempelkommun.se');
    for (const cookie of [stranger, politician]) {
      const client = h.client(draftRoom(workshop.id, a.participantId), cookie);
      await until(() => client.closes.length > 0, 'the refusal');
      expect(client.closes[0]).toBe(CLOSE.forbidden);
      client.destroy();
    }
    // A fresh doc for good measure: nothing of the draft reached them.
    expect(new Y.Doc().getMap('cards').size).toBe(0);
  });
});
