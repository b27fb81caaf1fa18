// A conference room's Wi-Fi comes back: every participant's editor reconnects to the same document at
// once. Each client has its own user and session, as 300 people do; the figure is the time from the
// burst's start until each client has the server's answer to its sync step 1 (it is synced).
import { readFileSync } from 'node:fs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE } from '../../shared/sync/protocol';
import { SESSION_COOKIE } from '../../server/auth/cookie';
import { createSession } from '../../server/auth/sessions';
import { documents, memberships, users } from '../../server/db/schema';
import { prepareDatabase } from '../../test/helpers/prepared-database';
import { freePort, startServerProcess } from '../../test/helpers/server-process';
import { currentRssMiB, startReference } from './targets';

interface Client {
  url: string;
  headers: Record<string, string>;
}

export interface StormResult {
  server: string;
  /** Per burst: ms from its start until each client was synced, ascending. */
  bursts: number[][];
  /** Per burst: CPU time the server's process spent on it (user + system), steadier than wall time on a shared machine. */
  cpuMs: number[];
  failed: number;
  rssMiB: number;
}

const SYNC_STEP_2 = 1;

/** User + system CPU time of a process so far, from /proc (Linux; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function stepOne(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

/** Opens a socket, sends sync step 1, and resolves once the server's step 2 arrives (or rejects on close). */
function syncOnce(client: Client): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(client.url, { headers: client.headers, perMessageDeflate: false });
    socket.binaryType = 'nodebuffer';
    socket.once('open', () => socket.send(stepOne()));
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(decoder) !== MESSAGE.sync) return;
      if (decoding.readVarUint(decoder) === SYNC_STEP_2) resolve(socket);
    });
    socket.once('close', (code) => reject(new Error(`closed with ${code} before synced`)));
    socket.once('error', reject);
  });
}

async function storm(clients: Client[], bursts: number, pid: number, name: string): Promise<StormResult> {
  const result: StormResult = { server: name, bursts: [], cpuMs: [], failed: 0, rssMiB: 0 };
  // Everyone is in the room first, as before the Wi-Fi went.
  let open: WebSocket[] = [];
  for (let i = 0; i < clients.length; i += 25) open.push(...(await Promise.all(clients.slice(i, i + 25).map(syncOnce))));
  for (let burst = 0; burst < bursts; burst += 1) {
    for (const socket of open) socket.terminate();
    // The server has seen them go and let the room go (stored and unloaded) before they are back, and
    // longer than upgrades keep a session (5 s): every burst validates every cookie again, the harder case.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const cpuBefore = cpuMsOf(pid);
    const start = performance.now();
    const times: number[] = [];
    const settled = await Promise.allSettled(
      clients.map((client) =>
        syncOnce(client).then((socket) => {
          times.push(performance.now() - start);
          return socket;
        }),
      ),
    );
    open = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    result.failed += settled.length - open.length;
    result.bursts.push(times.sort((a, b) => a - b));
    result.cpuMs.push(cpuMsOf(pid) - cpuBefore);
  }
  result.rssMiB = currentRssMiB(pid);
  for (const socket of open) socket.terminate();
  return result;
}

/** Samsyn on the driver under test (PGlite, or PostgreSQL with DATABASE_URL): `count` members, one session each. */
export async function samsynReconnectStorm(count = 300, bursts = 3): Promise<StormResult> {
  let documentId = '';
  const tokens: string[] = [];
  const prepared = await prepareDatabase(async (database, organisationId) => {
    const [document] = await database.db.insert(documents).values({ organisationId, type: 'omvarldsanalys', title: 'Benchmark' }).returning();
    documentId = document!.id;
    const people = await database.db
      .insert(users)
      .values(Array.from({ length: count }, (_, i) => ({ email: `deltagare-${i}@bench.invalid`, name: `Deltagare ${i}` })))
      .returning({ id: users.id });
    await database.db.insert(memberships).values(people.map(({ id }) => ({ userId: id, organisationId, role: 'official' as const })));
    for (const { id } of people) tokens.push((await createSession(database.db, id, organisationId, new Date())).token);
  });
  const server = await startServerProcess(
    { ...prepared.env, NODE_ENV: 'production', SYNC_MAX_CONNECTIONS_PER_USER: '2000', SYNC_MAX_CONNECTIONS_PER_ROOM: '2000' },
    await freePort(),
  );
  try {
    const url = `${server.url.replace('http', 'ws')}/yjs/doc:${documentId}`;
    const clients = tokens.map((token) => ({ url, headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: server.url } }));
    return await storm(clients, bursts, server.child.pid!, 'samsyn');
  } finally {
    await server.stop('SIGTERM');
    await prepared.dispose();
  }
}

/** The reference y-websocket server, for what this machine and client manage without auth or storage. */
export async function referenceReconnectStorm(count = 300, bursts = 3): Promise<StormResult> {
  const target = await startReference();
  try {
    return await storm(Array.from({ length: count }, () => ({ url: target.roomUrl, headers: {} })), bursts, target.pid, 'reference');
  } finally {
    await target.stop();
  }
}

const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** One line per server: the median over bursts of p50/p99/max, the max of each burst, and the server's CPU per burst. */
export function formatStorms(results: StormResult[], driver: string): string {
  const lines = results.map((result) => {
    const figure = (p: number) => medianOf(result.bursts.map((burst) => at(burst, p))).toFixed(0);
    const synced = result.bursts.reduce((sum, burst) => sum + burst.length, 0);
    return (
      `  ${result.server === 'samsyn' ? `samsyn (${driver})` : 'reference'}: p50 ${figure(0.5)} ms, p99 ${figure(0.99)} ms, max ${figure(1)} ms` +
      ` (max per burst ${result.bursts.map((burst) => (burst.at(-1) ?? NaN).toFixed(0)).join(' ')}); synced ${synced}/${synced + result.failed};` +
      ` server CPU per burst ${result.cpuMs.join(' ')} ms; RSS after ${result.rssMiB} MiB`
    );
  });
  return `reconnect storm: ${results[0]?.bursts[0]?.length ?? 0} clients, each its own session, reconnect to one document at once until synced, median of ${results[0]?.bursts.length ?? 0} bursts:\n${lines.join('\n')}\n`;
}
