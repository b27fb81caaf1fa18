import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { argon2Hasher } from '../../server/auth/passwords';
import { seedDemo } from '../../server/demo/seed';
import { startServerProcess, type ServerProcess } from './server-process';
import { createTestDatabase, driverUnderTest } from './test-database';

export interface DemoServer {
  url: string;
  driver: typeof driverUnderTest;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The real built server (dist/server/main.js) as a child process, with the demo kommun, on the driver
 * the suite runs on: PGlite in a temporary DATA_DIR (the server seeds it itself on first start), or a
 * fresh database of its own on DATABASE_URL's PostgreSQL, seeded here (the server never seeds a URL it is given).
 */
export async function startDemoServer(): Promise<DemoServer> {
  if (driverUnderTest === 'pglite') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'samsyn-browser-'));
    let server: ServerProcess;
    try {
      server = await startServerProcess({ DATA_DIR: dataDir });
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
    return {
      url: server.url,
      driver: driverUnderTest,
      output: server.output,
      async stop() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }

  const test = await createTestDatabase();
  let server: ServerProcess;
  try {
    await seedDemo(test.database.db, argon2Hasher);
    server = await startServerProcess({ DATABASE_URL: test.url });
  } catch (error) {
    await test.dispose();
    throw error;
  }
  return {
    url: server.url,
    driver: driverUnderTest,
    output: server.output,
    async stop() {
      await server.stop();
      await test.dispose();
    },
  };
}
