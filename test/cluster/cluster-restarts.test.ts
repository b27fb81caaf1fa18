import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { ClusterHarness } from '../helpers/cluster-harness';
import { haproxyInstalled } from '../helpers/haproxy';
import { clusterTestsSkipReason } from '../helpers/redis-server';
import { synced, typeMarkers, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const skip = clusterTestsSkipReason(driverUnderTest) ?? (haproxyInstalled || process.env.CI ? null : 'haproxy is not installed (apt-get install haproxy)');
const CLIENTS = 20;
const text = (doc: Y.Doc) => doc.getText('body').toString();

/**
 * 20 clients type through HAProxy into one room served by two processes; one process stops in the
 * middle (a rolling restart, or a crash) and comes back. Nothing anyone typed may be lost.
 */
describe.skipIf(skip !== null)(`a process of two stops under 20 writing clients, on ${driverUnderTest}, Redis and HAProxy`, () => {
  let cluster: ClusterHarness | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  async function typeThroughAStop(signal: NodeJS.Signals): Promise<{ duplicates: number }> {
    cluster = await ClusterHarness.start({ processes: 2, proxy: true });
    const entry = cluster.entry;
    const cookie = await cluster.login(entry, 'politiker@exempelkommun.se');
    const documentId = await cluster.createDocument();
    const clients: TestClient[] = Array.from({ length: CLIENTS }, () => cluster!.client(entry, documentRoom(documentId), cookie, { maxBackoffTime: 300 }));
    await Promise.all(clients.map(synced));

    const typing = typeMarkers(clients.map((client) => client.doc), 25);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await cluster.processes[0]!.stop(signal);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // The stopped process comes back (a rolling restart) while typing goes on.
    await cluster.startProcess(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    typing.stop();

    const markers = typing.markers();
    const hasAll = (body: string) => markers.every((marker) => body.includes(marker));
    await until(() => clients.every((client) => hasAll(text(client.doc))), 'every client to hold every edit', 30_000);
    // Everyone leaves: each process stores what it holds before the room leaves its memory.
    for (const client of clients) client.destroy();
    let stored = await cluster.stored(documentId);
    await until(async () => {
      stored = await cluster!.stored(documentId);
      return hasAll(text(stored.doc));
    }, 'every edit to be stored', 20_000);
    process.stdout.write(`${signal}: ${markers.length} edits typed, all stored; updates stored twice: ${stored.duplicates}\n`);
    return stored;
  }

  it('SIGTERM: its clients reconnect to the other and nothing is lost or stored twice', { timeout: 120_000 }, async () => {
    const stored = await typeThroughAStop('SIGTERM');
    expect(stored.duplicates).toBe(0);
  });

  it('SIGKILL: the other process stores what the killed one had not, and nothing is lost or stored twice', { timeout: 120_000 }, async () => {
    const stored = await typeThroughAStop('SIGKILL');
    expect(stored.duplicates).toBe(0);
  });
});
