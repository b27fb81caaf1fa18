import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { allowServerErrors } from '../helpers/server-errors';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

describe(`sync limits and metrics on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let admin: string;
  beforeAll(async () => {
    h = await SyncHarness.start({ maxConnectionsPerUser: 2, maxPendingBytes: 4096, retryInitialMs: 50, retryMaxMs: 200 });
    admin = await h.login('admin@exempelkommun.se');
  });
  afterAll(async () => {
    // The database closed by the outage test below: clients reconnecting until the end get 5xx on purpose.
    allowServerErrors();
    await h.server.sync.shutdown(500);
    await h.stop();
  });

  it('refuses a connection past the per-user limit with 4429', async () => {
    const id = await h.createDocument();
    const first = h.client(documentRoom(id), admin);
    const second = h.client(documentRoom(id), admin);
    await Promise.all([synced(first), synced(second)]);
    const third = h.client(documentRoom(id), admin);
    await until(() => third.closes.length > 0, 'a refusal');
    expect(third.closes).toEqual([CLOSE.tooManyConnections]);
    first.destroy();
    second.destroy();
  });

  it('shows live figures at /api/admin/metrics to admins only', async () => {
    const id = await h.createDocument();
    // Another account: the admin's connections from the test before may still count against its limit of 2.
    const client = h.client(documentRoom(id), await h.login('tjansteperson@exempelkommun.se'));
    await synced(client);
    client.doc.getText('body').insert(0, 'mätvärden');
    await until(async () => {
      const response = await fetch(`${h.server.url}/api/admin/metrics`, { headers: { cookie: admin } });
      const body = (await response.json()) as { sync: { rooms: number; connections: number; p99BroadcastMs: number } };
      return body.sync.rooms >= 1 && body.sync.connections >= 1;
    }, 'metrics to show the room');
    const politician = await h.login('politiker@exempelkommun.se');
    expect((await fetch(`${h.server.url}/api/admin/metrics`, { headers: { cookie: politician } })).status).toBe(403);
    expect((await fetch(`${h.server.url}/api/admin/metrics`)).status).toBe(401);
    client.destroy();
  });

  it('keeps serving from memory when the database fails, then refuses writes past the buffer with 4503', async () => {
    const id = await h.createDocument();
    const writer = h.client(documentRoom(id), admin);
    const reader = h.client(documentRoom(id), await h.login('revisor@exempelkommun.se'));
    await Promise.all([synced(writer), synced(reader)]);
    await h.test.database.close(); // every write from now on fails
    allowServerErrors();

    writer.doc.getText('body').insert(0, 'liten ändring');
    await until(() => reader.doc.getText('body').toString() === 'liten ändring', 'the edit to be served from memory');
    writer.doc.getText('body').insert(0, 'x'.repeat(6000));
    await until(() => writer.closes.includes(CLOSE.storageUnavailable), 'a 4503 refusal');
    expect(reader.doc.getText('body').toString()).toBe('liten ändring');
    expect(h.server.sync.stats().pendingWriteBytes).toBeGreaterThan(0);
  });
});
