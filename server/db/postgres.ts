import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { migrationsDir } from '../config/paths';
import { withTimeout, type AppDb, type Database } from './database';
import * as schema from './schema';

const quiet = { onnotice: () => {} };
// Any fixed number works; it only has to be the same for every Samsyn server migrating this database.
const MIGRATION_LOCK_KEY = 7_240_113;

/** A PostgreSQL server reached through postgres.js (e.g. the kommun's own). */
export async function openPostgres(url: string): Promise<Database> {
  const client = postgres(url, { max: 10, connect_timeout: 10, ...quiet });
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as AppDb,
    driver: 'postgres',
    async ping(timeoutMs = 2000) {
      await withTimeout(db.execute(sql`select 1`), timeoutMs, 'database ping');
    },
    async migrate() {
      // One connection, so the advisory lock and the migration share a session: two servers starting
      // at once take turns instead of both creating the same tables.
      const single = postgres(url, { max: 1, connect_timeout: 10, ...quiet });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migrate(drizzle(single, { schema }), { migrationsFolder: migrationsDir });
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}
