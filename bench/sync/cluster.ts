import { spawnSync } from 'node:child_process';
import { NOTICES_PARAM } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { ClusterHarness } from '../../test/helpers/cluster-harness';
import { synced, typeParagraph } from '../../test/helpers/sync-harness';
import { percentile } from './load';
import { peakRssMiB, type Target } from './targets';

/** Why the cluster figures cannot be taken here, or null: they need a PostgreSQL server, redis-server and haproxy. */
export function clusterBenchSkipReason(): string | null {
  if (!process.env.DATABASE_URL) return 'set DATABASE_URL to a PostgreSQL server (the embedded database serves one process)';
  if (spawnSync('/usr/bin/redis-server', ['--version']).status !== 0) return 'redis-server is not installed';
  if (spawnSync('/usr/sbin/haproxy', ['-v']).status !== 0) return 'haproxy is not installed';
  return null;
}

/** Two Samsyn processes on PostgreSQL and Redis behind HAProxy (round robin): the fan-out benchmark's third server. */
export async function startSamsynCluster(): Promise<Target & { rssPerProcess(): number[] }> {
  const cluster = await ClusterHarness.start({ processes: 2, proxy: true, env: { SYNC_MAX_CONNECTIONS_PER_USER: '2000', SYNC_MAX_CONNECTIONS_PER_ROOM: '2000' } });
  const documentId = await cluster.createDocument('Benchmark');
  const cookie = await cluster.login(cluster.entry, 'politiker@exempelkommun.se');
  const pids = cluster.processes.map((process) => process.child.pid!);
  return {
    name: 'samsyn ×2 (HAProxy, Redis)',
    roomUrl: `${cluster.entry.replace('http', 'ws')}/yjs/${documentRoom(documentId)}?notices=${NOTICES_PARAM.notices}`,
    headers: { cookie, origin: cluster.entry },
    pid: pids[0]!,
    rssPerProcess: () => pids.map(peakRssMiB),
    stop: () => cluster.stop(),
  };
}

export interface CrossProcessFigures {
  /** An edit typed on a client of process A until a client of process B has it. */
  latencies: number[];
  /** Locking a document open on both processes (freeze both, store, version), and one open on one process only. */
  lockBothMs: number[];
  lockOneMs: number[];
}

/** Cross-process latency (A → B, one edit every 20 ms) and the cost of a lock that must freeze the room in both processes. */
export async function crossProcess(edits = 500, locks = 5): Promise<CrossProcessFigures> {
  const cluster = await ClusterHarness.start({ processes: 2 });
  try {
    const writer = await cluster.login(cluster.url(0), 'politiker@exempelkommun.se');
    const facilitator = await cluster.login(cluster.url(0), 'processledare@exempelkommun.se');
    const room = documentRoom(await cluster.createDocument());
    const onA = cluster.client(cluster.url(0), room, writer);
    const onB = cluster.client(cluster.url(1), room, writer);
    await Promise.all([synced(onA), synced(onB)]);

    const latencies: number[] = [];
    const text = onA.doc.getText('body');
    for (let i = 0; i < edits; i++) {
      const started = performance.now();
      const arrived = new Promise<void>((resolve) => {
        const seen = () => {
          onB.doc.off('update', seen);
          resolve();
        };
        onB.doc.on('update', seen);
      });
      text.insert(text.length, `e${i} `);
      await arrived;
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const lockOnce = async (onBoth: boolean) => {
      const documentId = await cluster.createDocument('Mål 2028', 'mal');
      const clients = [cluster.client(cluster.url(0), documentRoom(documentId), writer)];
      if (onBoth) clients.push(cluster.client(cluster.url(1), documentRoom(documentId), writer));
      await Promise.all(clients.map(synced));
      for (let i = 0; i < 20; i++) typeParagraph(clients[i % clients.length]!, `Stycke ${i} om målen för nämnden.`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      const answer = await cluster.api(cluster.url(0), 'POST', `/documents/${documentId}/versions`, facilitator, {
        decision: { body: 'Kommunstyrelsen', date: '2027-01-20', paragraph: '§ 12', diarienummer: 'KS/2027:3' },
      });
      const ms = performance.now() - started;
      if (answer.status !== 201) throw new Error(`lock answered ${answer.status}`);
      for (const client of clients) client.destroy();
      return ms;
    };
    const lockBothMs: number[] = [];
    const lockOneMs: number[] = [];
    for (let i = 0; i < locks; i++) {
      lockOneMs.push(await lockOnce(false));
      lockBothMs.push(await lockOnce(true));
    }
    return { latencies: latencies.sort((a, b) => a - b), lockBothMs, lockOneMs };
  } finally {
    await cluster.stop();
  }
}

export function formatCrossProcess({ latencies, lockBothMs, lockOneMs }: CrossProcessFigures): string {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return (
    `cross-process edit A → B over Redis (${latencies.length} edits): p50 ${percentile(latencies, 0.5).toFixed(1)} ms, ` +
    `p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms\n` +
    `lock of a document open on both processes, median of ${lockBothMs.length}: ${median(lockBothMs).toFixed(0)} ms ` +
    `(open on one process only: ${median(lockOneMs).toFixed(0)} ms)\n`
  );
}
