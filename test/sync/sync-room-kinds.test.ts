import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { docUpdates } from '../../server/db/schema';
import { roomKinds } from '../../server/rooms/registry';
import { echoRoomKind, echoRooms } from '../fixtures/echo-room';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

describe(`a room kind added as one module and one registry line, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let room: string;
  beforeAll(async () => {
    h = await SyncHarness.start({}, { rooms: (deps) => [...roomKinds(deps), echoRoomKind()] });
    room = echoRooms.name({ organisationId: h.organisationId });
  });
  afterAll(() => h.stop());

  it('syncs through it with its own rule: a writer, a live reader whose writes are dropped, and nothing stored', async () => {
    const writer = h.client(room, await h.login('politiker@exempelkommun.se'));
    const reader = h.client(room, await h.login('revisor@exempelkommun.se'));
    await Promise.all([synced(writer), synced(reader)]);
    expect(writer.notices[0]).toMatchObject({ type: 'mode', mode: 'write' });
    expect(reader.notices[0]).toMatchObject({ type: 'mode', mode: 'read' });

    writer.doc.getText('echo').insert(0, 'hej');
    await until(() => reader.doc.getText('echo').toString() === 'hej', 'the reader to see the write');
    reader.doc.getText('echo').insert(0, 'nej ');
    writer.doc.getText('echo').insert(3, '!');
    await until(() => reader.doc.getText('echo').toString().endsWith('hej!'), 'the next write');
    expect(writer.doc.getText('echo').toString()).toBe('hej!');

    await h.server.sync.flushAll();
    expect(await h.db.select().from(docUpdates).where(eq(docUpdates.docId, room))).toEqual([]);
  });

  it('refuses another organisation and every name it does not claim', async () => {
    const other = h.client(echoRooms.name({ organisationId: '00000000-0000-4000-8000-000000000000' }), await h.login('revisor@exempelkommun.se'));
    const unknown = h.client('echo:exempelkommun', await h.login('politiker@exempelkommun.se'));
    await until(() => other.closes.includes(CLOSE.forbidden) && unknown.closes.includes(CLOSE.forbidden), 'both to be refused');
  });
});
