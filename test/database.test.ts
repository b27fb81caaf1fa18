import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app';
import { argon2Hasher } from '../server/auth/passwords';
import { resultRows } from '../server/db/database';
import { bodies, organisations } from '../server/db/schema';
import { DEMO_BODIES } from '../server/demo/exempelkommun';
import { isDatabaseEmpty, seedDemo } from '../server/demo/seed';
import { createLogger } from '../server/log/logger';
import { createTestDatabase, driverUnderTest, truncateAll, type TestDatabase } from './helpers/test-database';

// One suite, run on whichever driver the environment selects: PGlite locally, PostgreSQL in CI's second run.
describe(`database on ${driverUnderTest}`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase({ migrate: false });
  });
  afterAll(() => test.dispose());

  it('applies the migrations to an empty database, and applying them again changes nothing', async () => {
    const { database } = test;
    await database.migrate();
    const tablesAfterFirst = resultRows<{ table_name: string }>(
      await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`),
    ).map((row) => row.table_name);
    expect(tablesAfterFirst).toEqual(
      expect.arrayContaining(['organisations', 'bodies', 'users', 'memberships', 'sessions', 'documents', 'audit_log']),
    );
    const applied = async () =>
      resultRows<{ n: string | number }>(await database.db.execute(sql`select count(*) as n from drizzle.__drizzle_migrations`))[0]?.n;
    const before = await applied();
    await database.migrate();
    expect(await applied()).toEqual(before);
  });

  describe('with migrations applied', () => {
    beforeEach(async () => {
      await test.database.migrate();
      await truncateAll(test.database);
    });

    it('seeds the demo kommun with its body tree once, not twice', async () => {
      const { db } = test.database;
      expect(await isDatabaseEmpty(db)).toBe(true);
      const first = await seedDemo(db, argon2Hasher);
      const second = await seedDemo(db, argon2Hasher);
      expect(first.created).toBe(true);
      expect(second).toEqual({ created: false, organisationId: first.organisationId });
      expect(await isDatabaseEmpty(db)).toBe(false);

      const [orgCount] = await db.select({ n: count() }).from(organisations);
      expect(orgCount?.n).toBe(1);
      const rows = await db.select().from(bodies).where(eq(bodies.organisationId, first.organisationId));
      expect(rows).toHaveLength(DEMO_BODIES.length);
      const byName = new Map(rows.map((row) => [row.name, row]));
      const kf = byName.get('Kommunfullmäktige');
      expect(kf?.parentId).toBeNull();
      for (const name of ['Kommunstyrelsen', 'Barn- och bildningsnämnden', 'Socialnämnden', 'Bygg- och miljönämnden']) {
        expect(byName.get(name)?.parentId).toBe(kf?.id);
      }
      expect(rows.filter((row) => row.type === 'bolag')).toHaveLength(1);
      expect(byName.get('Socialförvaltningen')?.parentId).toBe(byName.get('Socialnämnden')?.id);
    });

    it('answers GET /api/health with 200 and the driver name', async () => {
      const app = createApp({ database: test.database, log: createLogger('silent') });
      const response = await app.request('/api/health');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, db: driverUnderTest });
    });
  });

  it('answers GET /api/health with 503 and a reason once the database no longer answers', async () => {
    const own = await createTestDatabase({ migrate: false });
    const app = createApp({ database: own.database, log: createLogger('silent') });
    await own.database.close();
    const response = await app.request('/api/health');
    expect(response.status).toBe(503);
    const body = (await response.json()) as { ok: boolean; db: string; reason: string; message: string };
    expect(body).toMatchObject({ ok: false, db: driverUnderTest });
    expect(body.reason.length).toBeGreaterThan(0);
    expect(body.message).toBe('Databasen svarar inte just nu.');
    await own.dispose();
  });
});
