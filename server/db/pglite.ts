import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsDir } from '../config/paths';
import { lockDataDir } from './data-dir-lock';
import { initPgliteDataDir } from './pglite-initdb';
import { pgliteStartParams } from './pglite-settings';
import { withTimeout, type AppDb, type Database } from './database';
import * as schema from './schema';

/** The embedded database: PGlite in `dataDir` (kept across restarts), or in memory when no dir is given. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    if (dataDir) await initPgliteDataDir(dataDir, pgliteStartParams);
    client = new PGlite({ dataDir, startParams: pgliteStartParams });
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzle(client, { schema });
  let closed = false;
  return {
    db: db as unknown as AppDb,
    driver: 'pglite',
    async ping(timeoutMs = 2000) {
      if (closed) throw new Error('the embedded database is closed');
      await withTimeout(db.execute(sql`select 1`), timeoutMs, 'database ping');
    },
    async migrate() {
      await migrate(db, { migrationsFolder: migrationsDir });
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}
