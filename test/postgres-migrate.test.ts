import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { resultRows } from '../server/db/database';
import { openPostgres } from '../server/db/postgres';
import { createTestDatabase, driverUnderTest } from './helpers/test-database';

// Only a real server can have two Samsyn processes migrating one database at the same moment.
describe.runIf(driverUnderTest === 'postgres')('migrations on a shared PostgreSQL server', () => {
  it('lets two servers starting at once migrate one empty database without conflict', async () => {
    const test = await createTestDatabase({ migrate: false });
    const other = await openPostgres(test.url!);
    try {
      await Promise.all([test.database.migrate(), other.migrate()]);
      const rows = resultRows<{ n: string | number }>(
        await test.database.db.execute(sql`select count(*) as n from drizzle.__drizzle_migrations`),
      );
      expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    } finally {
      await other.close();
      await test.dispose();
    }
  });
});
