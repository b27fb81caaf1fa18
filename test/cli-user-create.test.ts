import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2Hasher } from '../server/auth/passwords';
import { openPglite } from '../server/db/pglite';
import { memberships, organisations, users } from '../server/db/schema';
import { rootDir } from '../server/config/paths';
import { createTestDatabase, driverUnderTest, type TestDatabase } from './helpers/test-database';

// `npm run user:create` as an operator runs it on a fresh install, on the driver under test.
describe(`npm run user:create on ${driverUnderTest}`, () => {
  let dataDir: string;
  let test: TestDatabase | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'samsyn-cli-'));
    if (driverUnderTest === 'postgres') test = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await test?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (...args: string[]) => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/user-create.ts', ...args], {
      cwd: rootDir,
      env: { ...env, DATA_DIR: dataDir, ...(test && { DATABASE_URL: test.url }) },
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it('creates the first admin and organisation, printing a password that verifies', async () => {
    expect(run('--email', 'chef@malmo.se', '--role', 'admin')).toMatchObject({ code: 1, err: expect.stringContaining('No organisation exists yet') });
    const created = run('--email', 'Chef@Malmo.se', '--role', 'admin', '--name', 'Åsa Öberg', '--organisation', 'Malmö stad');
    expect(created.code).toBe(0);
    const password = /Password \(shown once; Samsyn asks for a new one at the first login\): (\S+)/.exec(created.out)?.[1];
    expect(password).toHaveLength(20);
    expect(run('--email', 'chef@malmo.se', '--role', 'admin').code).toBe(1);
    expect(run('--email', 'x@malmo.se', '--role', 'chef').err).toContain('--role must be one of');

    const database = test?.database ?? (await openPglite(path.join(dataDir, 'pglite')));
    try {
      const [row] = await database.db
        .select({ user: users, role: memberships.role, organisation: organisations.name })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(users.email, 'chef@malmo.se'));
      expect(row).toMatchObject({ role: 'admin', organisation: 'Malmö stad', user: { name: 'Åsa Öberg' } });
      expect(await argon2Hasher.verify(row!.user.passwordHash!, password!)).toBe(true);
    } finally {
      if (!test) await database.close();
    }
  });
});
