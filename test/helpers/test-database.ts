import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { resultRows, type Database } from '../../server/db/database';
import { openPglite } from '../../server/db/pglite';
import { openPostgres } from '../../server/db/postgres';

export interface TestDatabase {
  database: Database;
  /** The connection URL of this test's own database, when the driver is PostgreSQL. */
  url: string | undefined;
  dispose(): Promise<void>;
}

/** Which driver the suite runs on: PostgreSQL when DATABASE_URL is set (CI's second run), else PGlite. */
const serverUrl = process.env.DATABASE_URL || undefined;
export const driverUnderTest = serverUrl ? 'postgres' : 'pglite';

/** A new, empty database of its own on the driver under test; migrated unless asked not to. */
export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  if (!serverUrl) {
    const database = await openPglite();
    if (migrate) await database.migrate();
    return { database, url: undefined, dispose: () => database.close() };
  }
  const name = `samsyn_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  if (migrate) await database.migrate();
  return {
    database,
    url: url.toString(),
    async dispose() {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** Empties every application table, keeping the schema, so tests in one file start alike. */
export async function truncateAll(database: Database): Promise<void> {
  const tables = resultRows<{ name: string }>(
    await database.db.execute(sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`),
  ).map((row) => row.name);
  await database.db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`));
}
