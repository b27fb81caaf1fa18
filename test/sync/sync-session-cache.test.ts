import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { SyncHarness, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

// The live connections' upgrades keep a session's principal a few seconds (a reconnect storm asks once):
// every announced change of rights must reach the very next socket, never the kept answer.
describe(`sync upgrades and kept sessions on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let admin: string;
  beforeAll(async () => {
    h = await SyncHarness.start();
    admin = await h.login('admin@exempelkommun.se');
  });
  afterAll(() => h.stop());

  const modeOf = async (client: TestClient) => {
    await until(() => client.notices.some((n) => n.type === 'mode'), 'the mode notice');
    return client.notices.find((n) => n.type === 'mode');
  };
  const changeUser = (userId: string, body: unknown) =>
    h.api('PATCH', `/admin/users/${userId}`, admin, body).then(({ status }) => expect(status).toBe(200));

  it('refuses a new socket with a cookie just logged out, though that cookie opened one a moment ago', async () => {
    const id = await h.createDocument();
    const politician = await h.login('politiker@exempelkommun.se');
    await synced(h.client(documentRoom(id), politician));

    expect((await h.api('POST', '/auth/logout', politician)).status).toBe(204);
    const after = h.client(documentRoom(id), politician);
    await until(() => after.closes.length > 0, 'the new socket to close');
    expect(after.closes[0]).toBe(CLOSE.unauthenticated);
    expect(after.provider.synced).toBe(false);
  });

  it('gives a new socket the new mode at once after a role change, and refuses it after a deactivation', async () => {
    const id = await h.createDocument();
    const official = await h.login('tjansteperson@exempelkommun.se');
    const userId = await h.userId('tjansteperson@exempelkommun.se');
    const before = h.client(documentRoom(id), official);
    expect(await modeOf(before)).toEqual({ type: 'mode', mode: 'write' });

    await changeUser(userId, { role: 'viewer' });
    expect(await modeOf(h.client(documentRoom(id), official))).toEqual({ type: 'mode', mode: 'read' });

    await changeUser(userId, { role: 'official' });
    expect(await modeOf(h.client(documentRoom(id), official))).toEqual({ type: 'mode', mode: 'write' });

    await changeUser(userId, { active: false });
    const refused = h.client(documentRoom(id), official);
    await until(() => refused.closes.length > 0, 'the new socket to close');
    expect(refused.closes[0]).toBe(CLOSE.unauthenticated);
  });

  it('lets many sockets of one cookie and of many cookies in at once, each as itself', async () => {
    const id = await h.createDocument();
    const cookies = [admin, ...(await Promise.all(['politiker@exempelkommun.se', 'revisor@exempelkommun.se'].map((email) => h.login(email))))];
    const clients = cookies.flatMap((cookie) => Array.from({ length: 10 }, () => h.client(documentRoom(id), cookie)));
    await Promise.all(clients.map(synced));
    const modes = await Promise.all(clients.map(modeOf));
    expect(new Set(modes.slice(0, 20).map((m) => m?.type === 'mode' && m.mode))).toEqual(new Set(['write']));
    expect(new Set(modes.slice(20).map((m) => m?.type === 'mode' && m.mode))).toEqual(new Set(['read']));
  });
});
