import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/sync/protocol';
import { documentRoom, notesRoom, notesRooms } from '../../shared/sync/rooms';
import { loadDocState } from '../../server/sync/doc-store';
import { renderState } from '../../server/versions/render-state';
import { notesParagraphs } from '../../server/workshops/notes';
import type { WorkshopView } from '../../shared/api/workshops';
import { bodyText, saved, SyncHarness, synced, typeParagraph, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lastMode = (client: TestClient) => [...client.notices].reverse().find((notice) => notice.type === 'mode');

describe(`a group's shared notes room (ws:<workshop>:notes:<group>), on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let facilitator: string;
  let workshop: WorkshopView;
  let groupA: string;
  let groupB: string;
  let guestA: string;
  let memberA: string;
  let guestB: string;

  type Joined = { participant: { id?: string; participantId?: string; groupId: string } };
  const idOf = (joined: Joined) => (joined.participant.participantId ?? joined.participant.id)!;
  const moveTo = async (participantId: string, groupId: string) =>
    expect((await h.api('PUT', `/workshops/${workshop.id}/participants/${participantId}/group`, facilitator, { groupId })).status).toBe(200);

  beforeAll(async () => {
    h = await SyncHarness.start();
    facilitator = await h.login('processledare@exempelkommun.se');
    const today = stockholmDate(new Date());
    workshop = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Anteckningsdag', date: today, groupCount: 2 })).body.workshop;
    [groupA, groupB] = workshop.groups.map((group) => group.id) as [string, string];

    const a = await h.api<Joined>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst A' });
    expect(a.status).toBe(200);
    guestA = guestCookieFrom(a.response)!;
    await moveTo(idOf(a.body), groupA);

    memberA = await h.login('politiker@exempelkommun.se');
    const m = await h.api<Joined>('POST', '/workshops/join', memberA, { code: workshop.joinCode });
    expect(m.status).toBe(200);
    await moveTo(idOf(m.body), groupA);

    const b = await h.api<Joined>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst B' });
    expect(b.status).toBe(200);
    guestB = guestCookieFrom(b.response)!;
    await moveTo(idOf(b.body), groupB);
  });
  afterAll(() => h.stop());

  it('names the room and parses it back', () => {
    expect(notesRooms.parse(notesRoom(workshop.id, groupA))).toEqual({ workshopId: workshop.id, groupId: groupA });
  });

  it("lets a guest of the group write, the group's member see it live, and another group only read", async () => {
    const writer = h.client(notesRoom(workshop.id, groupA), guestA);
    const member = h.client(notesRoom(workshop.id, groupA), memberA);
    const outsider = h.client(notesRoom(workshop.id, groupA), guestB);
    await Promise.all([synced(writer), synced(member), synced(outsider)]);
    expect(lastMode(writer)).toEqual({ type: 'mode', mode: 'write' });
    expect(lastMode(member)).toEqual({ type: 'mode', mode: 'write' });
    expect(lastMode(outsider)).toEqual({ type: 'mode', mode: 'read' });

    typeParagraph(writer, 'Vi behöver fler undersköterskor.');
    await until(() => bodyText(member.doc).includes('Vi behöver fler undersköterskor.'), 'the guest\'s notes at the member');
    await until(() => bodyText(outsider.doc).includes('Vi behöver fler undersköterskor.'), 'the notes at the other group');
    await saved(writer);

    // Group B's participant writes anyway: the server drops it, nobody else sees it, nothing is stored.
    typeParagraph(outsider, 'Inte er grupp.');
    await pause(500);
    await h.server.sync.flushAll();
    expect(bodyText(member.doc)).not.toContain('Inte er grupp.');
    const fresh = h.client(notesRoom(workshop.id, groupA), facilitator);
    await synced(fresh);
    expect(bodyText(fresh.doc)).toContain('Vi behöver fler undersköterskor.');
    expect(bodyText(fresh.doc)).not.toContain('Inte er grupp.');
    const doc = await loadDocState(h.db, notesRoom(workshop.id, groupA));
    expect(notesParagraphs(doc)).toEqual(['Vi behöver fler undersköterskor.']);
  });

  it('makes the notes read-only for the group when the facilitator locks its board', async () => {
    const notes = h.client(notesRoom(workshop.id, groupA), guestA);
    await synced(notes);
    expect(lastMode(notes)).toMatchObject({ mode: 'write' });
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { lockedGroupIds: [groupA] })).status).toBe(200);
    await until(() => lastMode(notes)?.type === 'mode' && lastMode(notes)!.mode === 'read', 'read-only after the lock', 2000);
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { lockedGroupIds: [] })).status).toBe(200);
    await until(() => lastMode(notes)?.type === 'mode' && lastMode(notes)!.mode === 'write', 'writable after unlocking', 2000);
  });

  it('closes the notes with 4403 for a member who has not joined, and for a guest of another workshop', async () => {
    const outsider = h.client(notesRoom(workshop.id, groupA), await h.login('tjansteperson@exempelkommun.se'));
    await until(() => outsider.closes.length > 0, 'the close');
    expect(outsider.closes[0]).toBe(CLOSE.forbidden);

    const today = stockholmDate(new Date());
    const other = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'En annan dag', date: today, groupCount: 1 })).body.workshop;
    const joined = await h.api<Joined>('POST', '/workshops/join', undefined, { code: other.joinCode, name: 'Annan gäst' });
    const stranger = h.client(notesRoom(workshop.id, groupA), guestCookieFrom(joined.response)!);
    await until(() => stranger.closes.length > 0, 'the close for a guest of another workshop');
    expect(stranger.closes[0]).toBe(CLOSE.forbidden);
  });

  it('puts each group\'s notes after the cards in the sammanställning, under "Gruppernas anteckningar"', async () => {
    const writer = h.client(notesRoom(workshop.id, groupA), memberA);
    await synced(writer);
    typeParagraph(writer, 'Andra stycket, skrivet nyss.');
    await saved(writer);
    const compiled = await h.api<{ document: { id: string } }>('POST', `/workshops/${workshop.id}/compile`, facilitator);
    expect(compiled.status).toBe(201);
    const text = renderState(Y.encodeStateAsUpdate(await loadDocState(h.db, documentRoom(compiled.body.document.id)))).plainText;
    const heading = text.indexOf('Gruppernas anteckningar');
    expect(heading).toBeGreaterThan(0);
    const after = text.slice(heading);
    const groupName = workshop.groups[0]!.name;
    expect(after).toContain(groupName);
    expect(after.indexOf('Vi behöver fler undersköterskor.')).toBeGreaterThan(after.indexOf(groupName));
    expect(after.indexOf('Andra stycket, skrivet nyss.')).toBeGreaterThan(after.indexOf('Vi behöver fler undersköterskor.'));
    // Group B wrote nothing (its one attempt was dropped): no subheading for it.
    expect(after).not.toContain(workshop.groups[1]!.name);
  });
});
