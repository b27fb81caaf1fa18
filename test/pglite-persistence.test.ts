import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError } from '../server/db/data-dir-lock';
import { openPglite } from '../server/db/pglite';
import { organisations } from '../server/db/schema';

// PGlite-only behaviour: the embedded database must keep its data on disk and refuse a second opener.
describe('embedded database in DATA_DIR', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samsyn-pglite-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps what was written across a close and reopen of the same directory', async () => {
    const dir = newDir();
    const first = await openPglite(dir);
    await first.migrate();
    await first.db.insert(organisations).values({ name: 'Testkommun', slug: 'testkommun' });
    await first.close();

    const second = await openPglite(dir);
    const rows = await second.db.select().from(organisations).where(eq(organisations.slug, 'testkommun'));
    await second.close();
    expect(rows.map((row) => row.name)).toEqual(['Testkommun']);
  });

  it('refuses a second opener of a directory in use instead of corrupting it', async () => {
    const dir = newDir();
    const first = await openPglite(dir);
    try {
      await expect(openPglite(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await first.close();
    }
  });

  it('takes over a lock left behind by a process that crashed', async () => {
    const dir = newDir();
    // No process has this pid: Linux caps pids at 2^22.
    writeFileSync(path.join(dir, 'samsyn.pid'), String(2 ** 22 + 7));
    const database = await openPglite(dir);
    await database.close();
  });
});
