import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { ClusterHarness } from '../helpers/cluster-harness';
import { clusterTestsSkipReason } from '../helpers/redis-server';
import { synced, typeMarkers, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const skip = clusterTestsSkipReason(driverUnderTest);
const OUTAGE_MS = 15_000;
const text = (doc: Y.Doc) => doc.getText('body').toString();

// Redis is only the messenger: while it is away each process serves its own clients and stores their edits.
describe.skipIf(skip !== null)(`Redis away for 15 s under two processes, on ${driverUnderTest}`, () => {
  let cluster: ClusterHarness;
  beforeAll(async () => {
    cluster = await ClusterHarness.start({ processes: 2 });
  }, 60_000);
  afterAll(() => cluster?.stop());

  const health = async (i: number) => (await cluster.api<{ ok: boolean; redis?: string }>(cluster.url(i), 'GET', '/health', undefined)).body;

  it('keeps serving each process\'s clients, says so in the health check, and loses nothing once Redis is back', { timeout: 90_000 }, async () => {
    const cookie = await cluster.login(cluster.url(0), 'politiker@exempelkommun.se');
    const documentId = await cluster.createDocument();
    const room = documentRoom(documentId);
    const clients: TestClient[] = [0, 0, 1, 1].map((i) => cluster.client(cluster.url(i), room, cookie));
    await Promise.all(clients.map(synced));
    expect(await health(0)).toEqual({ ok: true, db: 'postgres', redis: 'connected' });

    const typing = typeMarkers(clients.map((client) => client.doc), 50);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await cluster.redis.stop();
    await until(async () => (await health(0)).redis === 'unreachable' && (await health(1)).redis === 'unreachable', 'the health checks to say Redis is unreachable');
    expect((await health(1)).ok).toBe(true);

    // Meanwhile a process's own clients still reach each other.
    const before = typing.written[0]!;
    await until(() => text(clients[1]!.doc).includes(`[0:${before}]`), 'an edit to reach the other client of the same process');
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await cluster.redis.start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    typing.stop();

    const markers = typing.markers();
    const hasAll = (body: string) => markers.every((marker) => body.includes(marker));
    await until(() => clients.every((client) => hasAll(text(client.doc))), 'every client to hold every edit after Redis is back', 20_000).catch((error: unknown) => {
      for (const [i, client] of clients.entries()) process.stdout.write(`client ${i} lacks ${markers.filter((m) => !text(client.doc).includes(m)).length}\n`);
      process.stdout.write(cluster.processes[0]!.output().slice(-3000));
      throw error;
    });
    await until(async () => (await health(0)).redis === 'connected', 'the health check to say Redis answers again');
    for (const client of clients) client.destroy();
    await until(async () => hasAll(text((await cluster.stored(documentId)).doc)), 'every edit to be stored', 20_000);
    const stored = await cluster.stored(documentId);
    process.stdout.write(`Redis away ${OUTAGE_MS / 1000} s: ${markers.length} edits typed, all on every client and stored; stored twice: ${stored.duplicates}\n`);
    expect(stored.duplicates).toBe(0);
  });
});
