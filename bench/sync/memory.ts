import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { rootDir } from '../../server/config/paths';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../test/helpers/throwaway-postgres';
import type { Scenario } from './load';
import type { DriverMemory } from './memory-driver';

const run = promisify(execFile);

async function driverMemory(scenario: Scenario, server: 'samsyn' | 'reference', databaseUrl?: string): Promise<DriverMemory> {
  const { DATABASE_URL: _url, ...env } = process.env;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(rootDir, 'bench/sync/memory-driver.ts'), JSON.stringify(scenario), server], {
    cwd: rootDir,
    env: databaseUrl ? { ...env, DATABASE_URL: databaseUrl } : env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as DriverMemory;
}

/**
 * Resident memory (RSS, MiB) of each server process: idle, and a few seconds after `scenario`'s load
 * (what it keeps holding), beside its peak. PostgreSQL: the server in DATABASE_URL, else a throwaway
 * cluster when Debian's postgresql is installed, else that row says it was skipped.
 */
export async function memoryTable(scenario: Scenario): Promise<string> {
  const rows: DriverMemory[] = [await driverMemory(scenario, 'reference'), await driverMemory(scenario, 'samsyn')];
  let skipped = '';
  let throwaway: ThrowawayPostgres | undefined;
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      throwaway = await startThrowawayPostgres();
      url = throwaway.url;
    }
    rows.push(await driverMemory(scenario, 'samsyn', url));
  } catch (error) {
    skipped = `samsyn on PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})\n`;
  } finally {
    throwaway?.destroy();
  }
  const fmt = (n: number | undefined) => (n === undefined ? '–' : String(n));
  const table = [
    ['server process', 'first start idle', 'idle', `after load (${scenario.label})`, 'peak'],
    ...rows.map((row) => [row.server, fmt(row.firstStartIdle), fmt(row.idle), fmt(row.afterLoad), fmt(row.peak)]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return `\nRSS per process, MiB\n${table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n')}\n${skipped}`;
}
