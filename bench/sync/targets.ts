import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NOTICES_PARAM } from '../../shared/sync/protocol';
import { documents } from '../../server/db/schema';
import { rootDir } from '../../server/config/paths';
import { prepareDatabase, type PreparedDatabase } from '../../test/helpers/prepared-database';
import { freePort, startServerProcess, type ServerProcess } from '../../test/helpers/server-process';

/** A server under test: where to connect, with which headers, and its process for memory figures. */
export interface Target {
  name: string;
  roomUrl: string;
  headers: Record<string, string>;
  pid: number;
  /** Samsyn only: p99 from an update's arrival to its commit in the database (server-side metric). */
  persistLagP99?: () => Promise<number>;
  stop(): Promise<void>;
}

const statusMiB = (pid: number, field: 'VmHWM' | 'VmRSS') => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return Math.round(kib / 1024);
};

/** Peak resident memory of a process, from /proc (Linux). */
export const peakRssMiB = (pid: number): number => statusMiB(pid, 'VmHWM');

/** Resident memory of a process now (what it holds, rather than the most it ever held). */
export const currentRssMiB = (pid: number): number => statusMiB(pid, 'VmRSS');

export async function startReference(): Promise<Target> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(rootDir, 'bench/sync/reference-server.ts')], { cwd: rootDir });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`reference server exited (${code})`)));
  });
  return {
    name: 'reference',
    roomUrl: `ws://127.0.0.1:${port}/bench-room`,
    headers: {},
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGKILL');
    },
  };
}

/** The built Samsyn server on embedded PGlite: auth on, persistence on, as `npm start` runs it. */
export async function startSamsyn(): Promise<Target & { prepared: PreparedDatabase; documentId: string }> {
  let documentId = '';
  const prepared = await prepareDatabase(async (database, organisationId) => {
    const [row] = await database.db.insert(documents).values({ organisationId, type: 'omvarldsanalys', title: 'Benchmark' }).returning();
    documentId = row!.id;
  });
  const server: ServerProcess = await startServerProcess(
    { ...prepared.env, NODE_ENV: 'production', SYNC_MAX_CONNECTIONS_PER_USER: '2000', SYNC_MAX_CONNECTIONS_PER_ROOM: '2000' },
    await freePort(),
  );
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'politiker@exempelkommun.se', password: 'samsyn-demo' }),
  });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  return {
    name: 'samsyn',
    // Samsyn's client asks for the notices (the saved figure reads them).
    roomUrl: `${server.url.replace('http', 'ws')}/yjs/doc:${documentId}?notices=${NOTICES_PARAM.notices}`,
    headers: { cookie, origin: server.url },
    pid: server.child.pid!,
    prepared,
    documentId,
    persistLagP99: async () => {
      const admin = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ email: 'admin@exempelkommun.se', password: 'samsyn-demo' }),
      });
      const metrics = await fetch(`${server.url}/api/admin/metrics`, { headers: { cookie: admin.headers.getSetCookie()[0]!.split(';')[0]! } });
      return ((await metrics.json()) as { sync: { p99PersistLagMs: number } }).sync.p99PersistLagMs;
    },
    stop: async () => {
      await server.stop('SIGTERM');
      await prepared.dispose();
    },
  };
}
