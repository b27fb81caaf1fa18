import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readGoals } from '../../shared/goals/model';
import { documentRoom } from '../../shared/sync/rooms';
import { AccessEvents } from '../../server/events/access-events';
import { createLogger } from '../../server/log/logger';
import { documentRoomKind } from '../../server/rooms/document';
import { appendUpdates, loadDocState } from '../../server/sync/doc-store';
import { RoomKinds } from '../../server/sync/room-kind';
import { SyncServer } from '../../server/sync/sync-server';
import { oldDocument } from '../helpers/old-indicators';
import { SyncHarness, synced } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

describe(`a document stored before indicator figures, opened by a y-websocket client, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let politician: string;
  beforeAll(async () => {
    h = await SyncHarness.start();
    politician = await h.login('politiker@exempelkommun.se');
  });
  afterAll(() => h.stop());

  it('arrives with the free-text baselines and targets as figures, the notes kept, and is stored so', async () => {
    const id = await h.createDocument();
    const old = oldDocument([
      { baseline: '12,5 % (2025)', targets: { '2027': '40 %', '2028': 'minst 45 %' }, genderSplit: true },
      { baseline: '2025: 34 %', targets: { '2027': '30' } },
    ]);
    await appendUpdates(h.db, documentRoom(id), [Y.encodeStateAsUpdate(old)]);

    const client = h.client(documentRoom(id), politician);
    await synced(client);
    const [first, second] = readGoals(client.doc)[0]!.indicators;
    expect(first).toMatchObject({
      unit: '%',
      baseline: '',
      baselineYear: 2025,
      baselineValues: { total: 12.5, women: null, men: null },
      targets: { '2028': 'minst 45 %' },
      targetValues: { '2027': { total: 40, women: null, men: null } },
      genderSplit: true,
    });
    expect(second).toMatchObject({ unit: '%', baseline: '2025: 34 %', baselineYear: 2025, baselineValues: { total: 34 }, targets: {}, targetValues: { '2027': { total: 30 } } });

    await h.server.sync.flushAll();
    const stored = await loadDocState(h.db, documentRoom(id));
    expect(readGoals(stored)).toEqual(readGoals(client.doc));

    // Loaded again (another server on the same database), the document is migrated already: nothing is written twice.
    const fresh = new SyncServer({
      database: h.test.database,
      log: createLogger('silent'),
      events: new AccessEvents(),
      kinds: new RoomKinds([documentRoomKind({ db: h.db, log: createLogger('silent'), clock: () => new Date() })]),
    });
    let seen: ReturnType<typeof readGoals> = [];
    await fresh.applyToRoom(documentRoom(id), (doc) => {
      seen = readGoals(doc);
    });
    await fresh.shutdown();
    expect(seen).toEqual(readGoals(stored));
    const after = await loadDocState(h.db, documentRoom(id));
    expect(Y.encodeStateVector(after)).toEqual(Y.encodeStateVector(stored));
  });
});
