// One driver's memory figures, run in a process of its own so the driver under test (DATABASE_URL or
// not) is fixed before the test helpers read it. Prints one JSON line: bench/sync/memory.ts reads it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { driverUnderTest } from '../../test/helpers/test-database';
import { startServerProcess } from '../../test/helpers/server-process';
import { runScenario, type Scenario } from './load';
import { currentRssMiB, peakRssMiB, startReference, startSamsyn, type Target } from './targets';

export interface DriverMemory {
  server: string;
  /** PGlite only: idle after a first start on an empty DATA_DIR (create, migrate, seed), as `npm start` does. */
  firstStartIdle?: number;
  idle: number;
  afterLoad: number;
  peak: number;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

async function firstStartIdle(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samsyn-bench-first-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, NODE_ENV: 'production' });
  try {
    await settle();
    return currentRssMiB(server.child.pid!);
  } finally {
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function underLoad(target: Target, scenario: Scenario): Promise<Omit<DriverMemory, 'server'>> {
  try {
    await settle();
    const idle = currentRssMiB(target.pid);
    await runScenario(target, scenario);
    // The load's sockets are gone and its room stored and unloaded: what the process keeps holding.
    await settle();
    return { idle, afterLoad: currentRssMiB(target.pid), peak: peakRssMiB(target.pid) };
  } finally {
    await target.stop();
  }
}

const scenario = JSON.parse(process.argv[2]!) as Scenario;
const figures: DriverMemory =
  process.argv[3] === 'reference'
    ? { server: 'reference', ...(await underLoad(await startReference(), scenario)) }
    : {
        server: `samsyn on ${driverUnderTest === 'pglite' ? 'PGlite' : 'PostgreSQL'}`,
        ...(driverUnderTest === 'pglite' ? { firstStartIdle: await firstStartIdle() } : {}),
        ...(await underLoad(await startSamsyn(), scenario)),
      };
process.stdout.write(`${JSON.stringify(figures)}\n`);
