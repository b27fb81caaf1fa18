import { eq, sql } from 'drizzle-orm';
import { workshops } from '../../server/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { resultRows } from '../../server/db/database';
import { createLogger } from '../../server/log/logger';
import { boardRoom, controlRoom } from '../../shared/sync/rooms';
import { addCard, cardsMap, readCards } from '../../shared/workshops/board';
import { readControl } from '../../shared/workshops/control';
import type { WorkshopView } from '../../shared/api/workshops';
import { SyncHarness, saved, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

/**
 * Anonymous activities (issue 8): a card written in one is not linked to its writer anywhere the
 * kommun might have to release — not in the stored Yjs state, not in a table row, not in the logs.
 */
describe(`anonymous activities leave no link from a card to its writer, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  const logLines: string[] = [];
  let facilitator: string;
  let workshop: WorkshopView;

  beforeAll(async () => {
    h = await SyncHarness.start({ persistBatchMs: 20 }, { log: createLogger('json', 'debug', (line) => logLines.push(line)) });
    facilitator = await h.login('processledare@exempelkommun.se');
    const today = stockholmDate(new Date());
    workshop = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date: today, groupCount: 1 })).body.workshop;
  });
  afterAll(() => h.stop());

  it('stores the phase flag: false by default, set per phase through PATCH, and published to the control room', async () => {
    expect(workshop.phases.every((phase) => phase.anonymous === false)).toBe(true);
    // Phases stored before the flag existed (no key in the jsonb) read as not anonymous.
    const stripped = workshop.phases.map((phase) => Object.fromEntries(Object.entries(phase).filter(([key]) => key !== 'anonymous')));
    await h.db.update(workshops).set({ phases: stripped as unknown as WorkshopView['phases'] }).where(eq(workshops.id, workshop.id));
    const old = await h.api<{ workshop: WorkshopView }>('GET', `/workshops/${workshop.id}`, facilitator);
    expect(old.body.workshop.phases.map((phase) => phase.anonymous)).toEqual(workshop.phases.map(() => false));

    const phases = workshop.phases.map((phase) => (phase.id === 'grupparbete' ? { ...phase, anonymous: true } : phase));
    const patched = await h.api<{ workshop: WorkshopView }>('PATCH', `/workshops/${workshop.id}`, facilitator, { phases });
    expect(patched.status).toBe(200);
    expect(patched.body.workshop.phases.find((phase) => phase.id === 'grupparbete')!.anonymous).toBe(true);
    expect(patched.body.workshop.phases.find((phase) => phase.id === 'gruppering')!.anonymous).toBe(false);
    // A flag that is not a boolean is refused.
    expect((await h.api('PATCH', `/workshops/${workshop.id}`, facilitator, { phases: [phases[0], { ...phases[1], anonymous: 'ja' }, ...phases.slice(2)] })).status).toBe(400);

    const control = h.client(controlRoom(workshop.id), facilitator);
    await synced(control);
    expect(readControl(control.doc).anonymous).toBe(false);
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);
    await until(() => readControl(control.doc).anonymous, 'the anonymous flag in the control room');
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'gruppering' })).status).toBe(200);
    await until(() => !readControl(control.doc).anonymous, 'the flag cleared in a named phase');
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { phaseId: 'grupparbete' })).status).toBe(200);
    await until(() => readControl(control.doc).anonymous, 'the flag back');
    control.destroy();
  });

  it('stores an anonymous card over the socket with its text but nothing of the guest who wrote it', async () => {
    const name = 'Hemlig Person';
    const joined = await h.api<{ participant: { participantId: string; groupId: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name });
    expect(joined.status).toBe(200);
    const cookie = guestCookieFrom(joined.response)!;
    const sessionId = cookie.split('=')[1]!.split('.')[0]!;
    const { participantId, groupId } = joined.body.participant;
    const room = boardRoom(workshop.id, groupId);

    const writer = h.client(room, cookie);
    await synced(writer);
    // A card as the board writes it in an anonymous activity: no author.
    const text = 'Färre personal inom hemtjänsten om fem år';
    addCard(writer.doc, { id: 'anonymt-kort', text, categoryId: 'sociala:utmaningar', author: null, createdAt: new Date().toISOString() });
    await saved(writer);
    const writerClient = writer.doc.clientID;

    const reader = h.client(room, facilitator);
    await synced(reader);
    await until(() => readCards(reader.doc).some((card) => card.id === 'anonymt-kort'), 'the card at another client');
    expect(readCards(reader.doc).find((card) => card.id === 'anonymt-kort')).toMatchObject({ text, author: null });
    // Not even the Yjs client id of the card is the writer's (it would tie the card to their other
    // writes and to their presence, which names them).
    expect(cardsMap(reader.doc).get('anonymt-kort')!._item!.id.client).not.toBe(writerClient);

    // A write refused on a locked board is logged (once) without saying whose it was.
    const mode = () => [...writer.notices].reverse().find((notice) => notice.type === 'mode');
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { lockedGroupIds: [groupId] })).status).toBe(200);
    await until(() => mode()?.type === 'mode' && mode()!.mode === 'read', 'the board read-only after the lock');
    addCard(writer.doc, { id: 'last-kort', text: 'Skrivet på en låst tavla', categoryId: 'sociala:utmaningar', author: null, createdAt: new Date().toISOString() });
    await until(() => logLines.some((line) => line.includes('dropped writes') && line.includes(room)), 'the dropped write in the log');
    expect((await h.api('POST', `/workshops/${workshop.id}/control`, facilitator, { lockedGroupIds: [] })).status).toBe(200);

    writer.destroy();
    reader.destroy();
    await h.server.sync.flushAll();

    // The stored Yjs state of the room (every update row and the snapshot), decoded as text: the card's
    // text is there; the guest's name, participant id and session are not.
    const rows = resultRows<{ bytes: string }>(
      await h.db.execute(sql`select encode(update, 'base64') as bytes from doc_updates where doc_id = ${room} union all select encode(state, 'base64') from doc_snapshots where doc_id = ${room}`),
    );
    expect(rows.length).toBeGreaterThan(0);
    const storedText = rows.map((row) => Buffer.from(row.bytes, 'base64').toString('utf8')).join('\n');
    expect(storedText).toContain(text);
    for (const secret of [name, participantId, sessionId, `guest:${participantId}`]) expect(storedText).not.toContain(secret);
    const stored = new Y.Doc();
    for (const row of rows) Y.applyUpdate(stored, Buffer.from(row.bytes, 'base64'));
    expect(readCards(stored).map((card) => card.id)).toEqual(['anonymt-kort']);
    expect(readCards(stored)[0]).toMatchObject({ text, author: null });
    expect(cardsMap(stored).get('anonymt-kort')!._item!.id.client).not.toBe(writerClient);

    // No table row ties the participant to the card or to the board room.
    const tables = resultRows<{ name: string }>(await h.db.execute(sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`)).map((row) => row.name);
    for (const table of tables) {
      const texts = resultRows<{ row: string }>(await h.db.execute(sql.raw(`select t::text as row from ${table} t`))).map((row) => row.row);
      for (const row of texts) {
        const aboutCard = row.includes('anonymt-kort') || row.includes(text) || row.includes(room);
        const aboutWriter = row.includes(participantId) || row.includes(name) || row.includes(sessionId);
        expect(aboutCard && aboutWriter, `${table}: ${row.slice(0, 200)}`).toBe(false);
      }
    }

    // No log line names the guest together with the board room, and none carries a card's text.
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expect(line.includes(room) && (line.includes(participantId) || line.includes(name) || line.includes(sessionId)), line).toBe(false);
      expect(line).not.toContain(text);
    }
  });
});
