import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, type ServerNotice } from '../../shared/sync/protocol';
import { boardRoom, commentsRoom, controlRoom, documentRoom, notesRoom } from '../../shared/sync/rooms';
import { addCard } from '../../shared/workshops/board';
import { controlMap, readControl } from '../../shared/workshops/control';
import { eq } from 'drizzle-orm';
import { guestSessions } from '../../server/db/schema';
import { loadDocState } from '../../server/sync/doc-store';
import type { WorkshopView } from '../../shared/api/workshops';
import { SyncHarness, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type ModeNotice = Extract<ServerNotice, { type: 'mode' }>;
const lastMode = (client: TestClient) => [...client.notices].reverse().find((notice): notice is ModeNotice => notice.type === 'mode');

describe(`workshop rooms: boards per group, a control room only the server writes, guests kept to their workshop, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let facilitator: string;
  let politician: string;
  let workshop: WorkshopView;
  let other: WorkshopView;
  let guest: string;
  let guestGroup: string;
  let guestId: string;

  const today = stockholmDate(new Date());
  const create = async () => (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date: today, groupCount: 2 })).body.workshop;
  const closedWith = async (client: TestClient, what: string) => {
    await until(() => client.closes.length > 0, `a close for ${what}`);
    return client.closes[0];
  };

  beforeAll(async () => {
    h = await SyncHarness.start();
    facilitator = await h.login('processledare@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
    workshop = await create();
    other = await create();
    const joined = await h.api<{ participant: { participantId: string; groupId: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst' });
    expect(joined.status).toBe(200);
    guest = guestCookieFrom(joined.response)!;
    guestGroup = joined.body.participant.groupId;
    guestId = joined.body.participant.participantId;
    // Group work: the phase that takes cards.
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);
  });
  afterAll(() => h.stop());

  it('closes every room outside the guest\'s workshop with 4403', async () => {
    const documentId = await h.createDocument();
    const rooms = [documentRoom(documentId), commentsRoom(documentId), controlRoom(other.id), boardRoom(other.id, other.groups[0]!.id), boardRoom(workshop.id, other.groups[0]!.id), 'ws:nonsense:control'];
    for (const room of rooms) {
      const client = h.client(room, guest);
      expect(await closedWith(client, room), room).toBe(CLOSE.forbidden);
    }
    const anonymous = h.client(controlRoom(workshop.id), undefined);
    expect(await closedWith(anonymous, 'no cookie')).toBe(CLOSE.unauthenticated);
  });

  it('closes a guest\'s connections with 4401 when their session ends', async () => {
    const joined = await h.api<unknown>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Kort besök' });
    const cookie = guestCookieFrom(joined.response)!;
    const sessionId = cookie.split('=')[1]!.split('.')[0]!;
    await h.db.update(guestSessions).set({ expiresAt: new Date(Date.now() + 1500) }).where(eq(guestSessions.id, sessionId));
    const client = h.client(controlRoom(workshop.id), cookie);
    await synced(client);
    expect(client.closes).toEqual([]);
    await until(() => client.closes.length > 0, 'the close at expiry', 5000);
    expect(client.closes[0]).toBe(CLOSE.unauthenticated);
  });

  it('lets a guest write their group\'s board and read the others\'', async () => {
    const otherGroup = workshop.groups.find((group) => group.id !== guestGroup)!.id;
    const own = h.client(boardRoom(workshop.id, guestGroup), guest);
    const theirs = h.client(boardRoom(workshop.id, otherGroup), guest);
    const watcher = h.client(boardRoom(workshop.id, guestGroup), facilitator);
    await Promise.all([synced(own), synced(theirs), synced(watcher)]);
    expect(own.notices[0]).toEqual({ type: 'mode', mode: 'write' });
    expect(theirs.notices[0]).toEqual({ type: 'mode', mode: 'read' });
    expect(watcher.notices[0]).toEqual({ type: 'mode', mode: 'write' });
    addCard(own.doc, { id: 'c1', text: 'Fler äldre', categoryId: 'sociala:utmaningar', author: { participantId: guestId, name: 'Gäst' }, createdAt: new Date().toISOString() });
    await until(() => watcher.doc.getMap('cards').has('c1'), 'the card at the facilitator');
  });

  it('keeps members who have not joined off the boards, and lets every member read the control room', async () => {
    const board = h.client(boardRoom(workshop.id, workshop.groups[0]!.id), politician);
    expect(await closedWith(board, 'a board before joining')).toBe(CLOSE.forbidden);
    const control = h.client(controlRoom(workshop.id), politician);
    await synced(control);
    expect(control.notices[0]).toEqual({ type: 'mode', mode: 'read' });
  });

  it('writes the control room from the facilitator\'s HTTP request, and drops every connection\'s own writes to it', async () => {
    const byGuest = h.client(controlRoom(workshop.id), guest);
    const byFacilitator = h.client(controlRoom(workshop.id), facilitator);
    await Promise.all([synced(byGuest), synced(byFacilitator)]);
    expect(byGuest.notices[0]).toEqual({ type: 'mode', mode: 'read' });
    expect(byFacilitator.notices[0]).toEqual({ type: 'mode', mode: 'read' });

    const started = Date.now();
    const endsAt = new Date(Date.now() + 600_000).toISOString();
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete', timer: { endsAt } })).status).toBe(200);
    await until(() => readControl(byGuest.doc).phaseId === 'grupparbete', 'the phase at the guest', 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(readControl(byGuest.doc).timerEndsAt).toBe(endsAt);
    // The presenter view's group follows the facilitator's choice the same way.
    const presented = workshop.groups[1]!.id;
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { presentedGroupId: presented })).status).toBe(200);
    await until(() => readControl(byGuest.doc).presentedGroupId === presented, 'the presented group at the guest', 1000);

    // A participant (and even the facilitator's client) writing the room directly is ignored.
    controlMap(byGuest.doc).set('phaseId', 'sammanstallning');
    controlMap(byGuest.doc).set('votesRevealed', true);
    controlMap(byFacilitator.doc).set('timerEndsAt', null);
    await pause(500);
    await h.server.sync.flushAll();
    const fresh = h.client(controlRoom(workshop.id), politician);
    await synced(fresh);
    expect(readControl(fresh.doc)).toMatchObject({ phaseId: 'grupparbete', timerEndsAt: endsAt, votesRevealed: false });
    expect(readControl(await loadDocState(h.db, controlRoom(workshop.id))).phaseId).toBe('grupparbete');
  });

  it('makes a board read-only at once when the facilitator locks it or moves the participant away', async () => {
    const board = h.client(boardRoom(workshop.id, guestGroup), guest);
    await synced(board);
    expect(lastMode(board)).toMatchObject({ mode: 'write' });
    await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { lockedGroupIds: [guestGroup] });
    await until(() => lastMode(board)?.mode === 'read', 'read-only after the lock', 2000);
    await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { lockedGroupIds: [] });
    await until(() => lastMode(board)?.mode === 'write', 'writable after unlocking', 2000);

    const participants = await h.api<{ participants: Array<{ id: string; guest: boolean }> }>('GET', `/workshops/${workshop.id}/participants`, facilitator);
    const me = participants.body.participants.find((p) => p.guest)!;
    const otherGroup = workshop.groups.find((group) => group.id !== guestGroup)!.id;
    expect((await h.api('PUT', `/workshops/${workshop.id}/participants/${me.id}/group`, facilitator, { groupId: otherGroup })).status).toBe(200);
    await until(() => lastMode(board)?.mode === 'read', 'read-only after the move', 2000);
    await h.api('PUT', `/workshops/${workshop.id}/participants/${me.id}/group`, facilitator, { groupId: guestGroup });
    await until(() => lastMode(board)?.mode === 'write', 'writable after moving back', 2000);
  });
  it('takes no cards from participants while the phase takes none: their boards turn read-only, their notes stay open', async () => {
    const board = h.client(boardRoom(workshop.id, guestGroup), guest);
    const notes = h.client(notesRoom(workshop.id, guestGroup), guest);
    const facilitating = h.client(boardRoom(workshop.id, guestGroup), facilitator);
    await Promise.all([synced(board), synced(notes), synced(facilitating)]);
    expect(lastMode(board)).toMatchObject({ mode: 'write' });

    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'rostning' })).status).toBe(200);
    await until(() => lastMode(board)?.mode === 'read', 'the board read-only in the voting phase', 2000);
    await pause(100);
    expect(lastMode(notes)).toMatchObject({ mode: 'write' });
    expect(lastMode(facilitating)).toMatchObject({ mode: 'write' });

    // Back a phase: cards again.
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'gruppering' })).status).toBe(200);
    await until(() => lastMode(board)?.mode === 'write', 'the board writable in the clustering phase', 2000);
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);
  });
});
