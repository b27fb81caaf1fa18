import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { argon2Hasher } from '../../server/auth/passwords';
import type { Database } from '../../server/db/database';
import { openPglite } from '../../server/db/pglite';
import { seedDemo } from '../../server/demo/seed';
import { createTestDatabase, driverUnderTest, type TestDatabase } from './test-database';

/**
 * A database with the demo kommun for a server in a child process: on PGlite a DATA_DIR that this
 * process prepares and then lets go of (PGlite allows one process at a time), on PostgreSQL a fresh
 * test database. `env` is what to start the child with; `open` reads it once the child has stopped.
 */
export interface PreparedDatabase {
  env: Record<string, string>;
  open(): Promise<Database>;
  release(database: Database): Promise<void>;
  dispose(): Promise<void>;
}

export async function prepareDatabase(prepare: (database: Database, organisationId: string) => Promise<void>): Promise<PreparedDatabase> {
  if (driverUnderTest === 'postgres') {
    const test: TestDatabase = await createTestDatabase();
    const { organisationId } = await seedDemo(test.database.db, argon2Hasher);
    await prepare(test.database, organisationId);
    return {
      env: { DATABASE_URL: test.url! },
      open: async () => test.database,
      release: async () => {},
      dispose: () => test.dispose(),
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samsyn-child-'));
  const openDir = () => openPglite(path.join(dataDir, 'pglite'));
  const database = await openDir();
  await database.migrate();
  const { organisationId } = await seedDemo(database.db, argon2Hasher);
  await prepare(database, organisationId);
  await database.close();
  return {
    env: { DATA_DIR: dataDir },
    open: openDir,
    release: (opened) => opened.close(),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
