import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentRoom } from '../../shared/sync/rooms';
import { SyncHarness, saved, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

describe(`a stock y-websocket client sees only the standard protocol, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  beforeAll(async () => {
    h = await SyncHarness.start();
  });
  afterAll(() => {
    vi.restoreAllMocks();
    return h.stop();
  });

  it('connects, edits and receives edits without a word on the console, while the Samsyn client still gets its notices', async () => {
    const consoleCalls = (['error', 'warn', 'log', 'info'] as const).map((method) => vi.spyOn(console, method));
    const id = await h.createDocument();
    const stock = h.client(documentRoom(id), await h.login('tjansteperson@exempelkommun.se'), { stock: true });
    const samsyn = h.client(documentRoom(id), await h.login('politiker@exempelkommun.se'));
    await Promise.all([synced(stock), synced(samsyn)]);

    stock.doc.getText('body').insert(0, 'från en annan klient');
    await until(() => samsyn.doc.getText('body').toString() === 'från en annan klient', 'the Samsyn client to see the stock client’s edit');
    samsyn.doc.getText('body').insert(0, 'Svar: ');
    await until(() => stock.doc.getText('body').toString() === 'Svar: från en annan klient', 'the stock client to see the edit');
    await saved(samsyn);
    await h.server.sync.flushAll();

    expect(samsyn.notices.map((notice) => notice.type)).toEqual(expect.arrayContaining(['mode', 'saved']));
    for (const call of consoleCalls) expect(call).not.toHaveBeenCalled();
  });
});
