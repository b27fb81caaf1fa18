import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { ClusterHarness } from '../helpers/cluster-harness';
import { clusterTestsSkipReason } from '../helpers/redis-server';
import { saved, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const skip = clusterTestsSkipReason(driverUnderTest);
if (skip) process.stdout.write(`cluster tests skipped: ${skip}\n`);

const text = (doc: Y.Doc) => doc.getText('body').toString();

// Two built Samsyn processes on one PostgreSQL and one Redis; each client talks to one of them.
describe.skipIf(skip !== null)(`two processes serve one room on ${driverUnderTest} and Redis`, () => {
  let cluster: ClusterHarness;
  let cookie: string;
  beforeAll(async () => {
    cluster = await ClusterHarness.start({ processes: 2 });
    cookie = await cluster.login(cluster.url(0), 'politiker@exempelkommun.se');
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('converges both ways, awareness too, and each process stores only what its own clients sent', { timeout: 60_000 }, async () => {
    const documentId = await cluster.createDocument();
    const room = documentRoom(documentId);
    const onA = cluster.client(cluster.url(0), room, cookie);
    await synced(onA);
    onA.doc.getText('body').insert(0, 'från A före B;');
    await saved(onA);
    const onB = cluster.client(cluster.url(1), room, cookie);
    await synced(onB);
    // B loaded the room after A stored its edit; what A types next arrives over Redis.
    expect(text(onB.doc)).toBe('från A före B;');

    const latencies: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const arrived = new Promise<void>((resolve) => {
        const seen = () => {
          if (!text(onB.doc).includes(`a${i};`)) return;
          onB.doc.off('update', seen);
          resolve();
        };
        onB.doc.on('update', seen);
      });
      onA.doc.getText('body').insert(text(onA.doc).length, `a${i};`);
      await arrived;
      latencies.push(performance.now() - started);
      onB.doc.getText('body').insert(0, `b${i};`);
    }
    await until(() => text(onA.doc) === text(onB.doc), 'both clients to hold the same text');
    latencies.sort((x, y) => x - y);
    process.stdout.write(`cross-process edit A → B, 50 edits: p50 ${latencies[25]!.toFixed(1)} ms, max ${latencies[49]!.toFixed(1)} ms\n`);

    onA.provider.awareness.setLocalState({ user: { name: 'Någon annan' }, cursor: { at: 3 } });
    await until(() => [...onB.provider.awareness.getStates().values()].some((state) => (state as { cursor?: { at: number } }).cursor?.at === 3), 'A\'s caret on B');
    const seenOnB = onB.provider.awareness.getStates().get(onA.doc.clientID) as { user?: { name?: string } };
    // A's server set who it is from the session, and B passed it on as it was.
    expect(seenOnB.user?.name).toBe('Lars Nilsson');

    await saved(onA);
    await saved(onB);
    const stored = await cluster.stored(documentId);
    expect(text(stored.doc)).toBe(text(onA.doc));
    expect(stored.duplicates).toBe(0);
  });

  it('a room first opened on B gets what A has not stored yet', { timeout: 30_000 }, async () => {
    const documentId = await cluster.createDocument('Läget 2027');
    const room = documentRoom(documentId);
    const onA = cluster.client(cluster.url(0), room, cookie);
    await synced(onA);
    // Typed and at once joined elsewhere: within A's batch window, before A has stored anything.
    onA.doc.getText('body').insert(0, 'osparat på A');
    const onB = cluster.client(cluster.url(1), room, cookie);
    await synced(onB);
    await until(() => text(onB.doc) === 'osparat på A', 'B to have A\'s unstored edit');
    await saved(onA);
    expect((await cluster.stored(documentId)).duplicates).toBe(0);
  });
});
