import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { resultRows, type Database } from '../server/db/database';
import { openPglite } from '../server/db/pglite';
import { pgliteMemorySettings } from '../server/db/pglite-settings';

// PGlite-only: the memory settings Samsyn chose are the ones the embedded Postgres really runs with.
async function settingsOf(database: Database): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const name of Object.keys(pgliteMemorySettings)) {
    const [row] = resultRows<Record<string, string>>(await database.db.execute(sql.raw(`show ${name}`)));
    shown[name] = row![name]!;
  }
  return shown;
}

describe('embedded database memory settings', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates a new DATA_DIR and runs it, and a reopen of it, with the small buffers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samsyn-pglite-memory-'));
    dirs.push(dir);
    const created = await openPglite(path.join(dir, 'pglite'));
    try {
      expect(await settingsOf(created)).toEqual({ shared_buffers: '16MB', maintenance_work_mem: '16MB', temp_buffers: '2MB' });
      await created.migrate();
    } finally {
      await created.close();
    }
    const reopened = await openPglite(path.join(dir, 'pglite'));
    try {
      expect(await settingsOf(reopened)).toEqual(pgliteMemorySettings);
      const [row] = resultRows<{ n: number }>(await reopened.db.execute(sql`select count(*)::int as n from organisations`));
      expect(row!.n).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it('runs an in-memory database with the same settings', async () => {
    const database = await openPglite();
    try {
      expect(await settingsOf(database)).toEqual(pgliteMemorySettings);
    } finally {
      await database.close();
    }
  });
});
