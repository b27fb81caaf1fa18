import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { goalsArray } from '../../shared/goals/model';
import { argon2Hasher } from '../../server/auth/passwords';
import { resultRows, type AppDb, type Database } from '../../server/db/database';
import { openPglite } from '../../server/db/pglite';
import { auditLog, documents, documentVersions, users } from '../../server/db/schema';
import { seedDemo } from '../../server/demo/seed';
import { migrationsDir, rootDir } from '../../server/config/paths';
import { versionHash } from '../../server/versions/hash';
import { lockDocument, reopenDocument } from '../../server/versions/lock-document';
import { documentRoom } from '../../shared/sync/rooms';
import { storedRoomWriter } from '../../server/sync/room-writer';
import { verifyChains } from '../../server/versions/verify-chains';
import { AppHarness } from '../helpers/app-harness';
import { createTestDatabase, driverUnderTest, type TestDatabase } from '../helpers/test-database';

const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };

/** What a database owner can do and the trigger cannot stop: disable it, change rows, enable it again. */
async function asOwner(db: AppDb, statement: ReturnType<typeof sql>): Promise<void> {
  await db.execute(sql`alter table document_versions disable trigger document_versions_immutable`);
  await db.execute(statement);
  await db.execute(sql`alter table document_versions enable trigger document_versions_immutable`);
}

/** Appends a paragraph (and, for a måldokument, a goal title) to the stored document, as an editor's update would. */
async function write(db: AppDb, documentId: string, text: string): Promise<void> {
  await storedRoomWriter(db).applyToRoom(documentRoom(documentId), (doc: Y.Doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment('body').push([paragraph]);
    const goal = goalsArray(doc).get(0);
    if (goal) (goal.get('title') as Y.Text).insert(0, text);
  });
}

describe(`fastställda versions keep their integrity, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let documentId: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    documentId = (await h.db.select().from(documents).where(eq(documents.type, 'mal')))[0]!.id;
  });
  afterAll(() => h.dispose());

  const lock = async () => {
    const response = await h.request(`/api/documents/${documentId}/versions`, { method: 'POST', cookie: facilitator, body: { decision } });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as { version: { hash: string } }).version;
  };
  const reopen = async () => expect((await h.request(`/api/documents/${documentId}/reopen`, { method: 'POST', cookie: facilitator })).status).toBe(204);
  const problems = async () => (await verifyChains(h.db)).breaks.map((b) => `${b.number ?? '-'}: ${b.problem}`);

  it('locks content with NUL characters and lone surrogates, stores it as hashed, and verifies clean', async () => {
    await write(h.db, documentId, 'noll\u0000tecken');
    await write(h.db, documentId, 'ensam x\ud800 och \udc00y, hel 😀');
    const { hash } = await lock();
    const [row] = await h.db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId));
    expect(row!.hash).toBe(hash);
    expect(row!.plainText).toContain('noll\ufffdtecken');
    expect(row!.plainText).toContain('ensam x\ufffd och \ufffdy, hel 😀');
    expect(row!.html).toContain('<p>noll\ufffdtecken</p>');
    expect(JSON.stringify(row!.goals)).toContain('ensam x\ufffd och \ufffdy, hel 😀');
    expect(await problems()).toEqual([]);
    // Again on top of it: the chain continues over the stored form.
    await reopen();
    await write(h.db, documentId, 'igen\u0000');
    await lock();
    expect(await verifyChains(h.db)).toMatchObject({ documents: 1, checked: 2, breaks: [] });
  });

  it('finds html or plain_text changed behind the trigger', async () => {
    await lock();
    await asOwner(h.db, sql`update document_versions set html = '<p>Ändrad</p>'`);
    expect(await problems()).toEqual(['1: content does not match its hash (changed after locking)']);
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    documentId = (await h.db.select().from(documents).where(eq(documents.type, 'mal')))[0]!.id;
    await lock();
    await asOwner(h.db, sql`update document_versions set plain_text = 'Ändrad'`);
    expect(await problems()).toEqual(['1: content does not match its hash (changed after locking)']);
  });

  it('finds a removed newest version, from the document row and from the audit log', async () => {
    await lock();
    await reopen();
    const second = await lock();
    await asOwner(h.db, sql`delete from document_versions where number = 2`);
    expect(await problems()).toEqual([
      '-: the document records 2 version(s), the table\'s newest is 1 (versions removed or the table emptied)',
      `2: the audit log records version 2 (hash ${second.hash}); the table has none`,
    ]);
    // Even with the document row set back as well, the audit log still tells.
    await h.db.update(documents).set({ versionCount: 1, versionHead: sql`(select hash from document_versions where number = 1)` }).where(eq(documents.id, documentId));
    expect(await problems()).toEqual([`2: the audit log records version 2 (hash ${second.hash}); the table has none`]);
    // A version locked after the removal continues the recorded chain, so the gap stays visible.
    await h.db.update(documents).set({ versionCount: 2, versionHead: second.hash, status: 'utkast' }).where(eq(documents.id, documentId));
    await lock();
    expect(await problems()).toContain('3: number 3, expected 2 (a version is missing)');
  });

  it('finds an emptied (truncated) table', async () => {
    await lock();
    const other = (await h.db.select().from(documents).where(eq(documents.type, 'omvarldsanalys')))[0]!.id;
    expect((await h.request(`/api/documents/${other}/versions`, { method: 'POST', cookie: facilitator, body: { decision } })).status).toBe(201);
    await h.db.execute(sql`truncate document_versions`);
    const report = await verifyChains(h.db);
    expect(report).toMatchObject({ documents: 2, checked: 0 });
    expect(report.breaks.filter((b) => b.problem.includes('versions removed or the table emptied')).map((b) => b.documentId).sort()).toEqual([documentId, other].sort());
    expect(report.breaks.filter((b) => b.problem.includes('the audit log records version 1'))).toHaveLength(2);
  });

  it('still verifies versions hashed by the old scheme, recorded by the migration, and finds a change of their content', async () => {
    // A row as locked before hash schemes: scheme 1, hash without html and plain_text, no audit hash.
    const [user] = await h.db.select().from(users).where(eq(users.email, 'processledare@exempelkommun.se'));
    const old = {
      documentId, number: 1, title: 'Mål', contentJson: { type: 'doc', content: [] }, plainText: 'gammal', html: '<p>gammal</p>', goals: [], decision, note: null,
      lockedBy: user!.id, lockedAt: new Date('2026-03-01T10:00:00.123Z'), previousHash: null, yjsState: Y.encodeStateAsUpdate(new Y.Doc()),
    };
    await h.db.insert(documentVersions).values({ ...old, hash: versionHash(1, old)!, hashScheme: 1 });
    // The migration's last statement records the chains that exist when it runs.
    const migration = readFileSync(path.join(migrationsDir, '0009_version_chain_heads.sql'), 'utf8').split('--> statement-breakpoint').at(-1)!;
    await h.db.execute(sql.raw(migration));
    expect((await h.db.select().from(documents).where(eq(documents.id, documentId)))[0]).toMatchObject({ versionCount: 1, versionHead: versionHash(1, old) });
    expect(await problems()).toEqual([]);
    await h.db.update(documents).set({ status: 'utkast' }).where(eq(documents.id, documentId));
    await lock(); // version 2 by the current scheme, chained to the old row
    expect(await verifyChains(h.db)).toMatchObject({ checked: 2, breaks: [] });
    await asOwner(h.db, sql`update document_versions set content_json = '{"type":"doc","content":[{"type":"paragraph"}]}'::jsonb where number = 1`);
    expect(await problems()).toEqual(['1: content does not match its hash (changed after locking)']);
  });

  it('writes the chain head into the audit row of the lock and prints it in every export', async () => {
    const { hash } = await lock();
    const [row] = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'document.locked'), eq(auditLog.targetId, documentId)));
    expect(row!.details).toMatchObject({ number: 1, hash });
    const md = await (await h.request(`/api/documents/${documentId}/versions/1/export?format=md`, { cookie: facilitator })).text();
    expect(md).toContain(`**Kontrollsumma (SHA-256):** ${hash}`);
  });
});

describe(`npm run verify-versions on ${driverUnderTest}`, () => {
  let dataDir: string;
  let test: TestDatabase | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'samsyn-verify-'));
    if (driverUnderTest === 'postgres') test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The database the command reads; PGlite's data directory is opened by one process at a time. */
  async function withDb<T>(work: (database: Database) => Promise<T>): Promise<T> {
    if (test) return work(test.database);
    const database = await openPglite(path.join(dataDir, 'pglite'));
    try {
      await database.migrate();
      return await work(database);
    } finally {
      await database.close();
    }
  }

  const run = () => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/verify-versions.ts'], {
      cwd: rootDir,
      env: { ...env, DATA_DIR: dataDir, ...(test && { DATABASE_URL: test.url }) },
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it('prints what it checked and the chain heads, and exits 1 with every break once the newest version is removed', async () => {
    const { documentId, hashes } = await withDb(async ({ db }) => {
      const { organisationId } = await seedDemo(db, argon2Hasher, { goalChain: false });
      const [user] = await db.select().from(users).where(eq(users.email, 'processledare@exempelkommun.se'));
      const id = (await db.select().from(documents).where(eq(documents.type, 'mal')))[0]!.id;
      const actor = { organisationId, userId: user!.id, at: new Date('2027-10-14T10:00:00Z') };
      const first = await lockDocument(db, storedRoomWriter(db), actor, id, { decision });
      await reopenDocument(db, actor, id);
      const second = await lockDocument(db, storedRoomWriter(db), actor, id, { decision });
      return { documentId: id, hashes: [first.hash, second.hash] };
    });
    const clean = run();
    expect(clean.code, clean.err).toBe(0);
    expect(clean.out).toContain('Checked 1 document(s) with fastställda versions, 2 version(s), and 1 chain head(s)');
    expect(clean.out).toContain(`document ${documentId}: 2 version(s), head ${hashes[1]}`);
    expect(clean.out).toContain('Every chain is intact.');

    await withDb(({ db }) => asOwner(db, sql`delete from document_versions where number = 2`));
    const broken = run();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`document ${documentId}: 1 version(s), head ${hashes[0]}`);
    expect(broken.out).toContain('2 break(s):');
    expect(broken.out).toContain(`document ${documentId}: the document records 2 version(s), the table's newest is 1`);
    expect(broken.out).toContain(`document ${documentId}, version 2: the audit log records version 2 (hash ${hashes[1]}); the table has none`);
  });
});

describe(`upgrading a database that holds versions from before hash schemes, on ${driverUnderTest}`, () => {
  let test: TestDatabase;
  let oldMigrations: string;
  beforeAll(async () => {
    test = await createTestDatabase({ migrate: false });
    // The migrations as they were before 0009: the schema such a database has.
    oldMigrations = mkdtempSync(path.join(tmpdir(), 'samsyn-migrations-'));
    cpSync(migrationsDir, oldMigrations, { recursive: true });
    const journalPath = path.join(oldMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    journal.entries = journal.entries.filter((entry) => entry.tag < '0009');
    writeFileSync(journalPath, JSON.stringify(journal));
  });
  afterAll(async () => {
    await test.dispose();
    rmSync(oldMigrations, { recursive: true, force: true });
  });

  it('marks the old rows scheme 1, records their chain heads, and verifies them clean', async () => {
    const db = test.database.db;
    const migrate = (driverUnderTest === 'postgres' ? migratePostgres : migratePglite) as unknown as (db: AppDb, config: { migrationsFolder: string }) => Promise<void>;
    await migrate(db, { migrationsFolder: oldMigrations });
    const one = async <T>(query: ReturnType<typeof sql>) => resultRows<T>(await db.execute(query))[0]!;
    const { id: organisationId } = await one<{ id: string }>(sql`insert into organisations (name, slug) values ('Gamla kommun', 'gamla') returning id`);
    const { id: userId } = await one<{ id: string }>(sql`insert into users (email, name) values ('a@gamla.se', 'A') returning id`);
    const { id: documentId } = await one<{ id: string }>(sql`insert into documents (organisation_id, type, title, status) values (${organisationId}, 'mal', 'Mål', 'fastställd') returning id`);
    let previousHash: string | null = null;
    const hashes: string[] = [];
    for (const number of [1, 2]) {
      const old = {
        documentId, number, title: 'Mål', contentJson: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `v${number}` }] }] },
        plainText: `v${number}`, html: `<p>v${number}</p>`, goals: [], decision, note: null, lockedBy: userId,
        lockedAt: new Date(`2026-0${number}-01T10:00:00.123Z`), previousHash, yjsState: Y.encodeStateAsUpdate(new Y.Doc()),
      };
      const hash: string = versionHash(1, old)!;
      await db.execute(sql`insert into document_versions (document_id, number, title, yjs_state, content_json, plain_text, html, goals, decision, note, locked_by, locked_at, previous_hash, hash)
        values (${documentId}, ${number}, ${old.title}, ${Buffer.from(old.yjsState)}, ${JSON.stringify(old.contentJson)}::jsonb, ${old.plainText}, ${old.html}, '[]'::jsonb,
                ${JSON.stringify(decision)}::jsonb, null, ${userId}, ${old.lockedAt.toISOString()}::timestamptz, ${previousHash}, ${hash})`);
      hashes.push(hash);
      previousHash = hash;
    }

    await test.database.migrate();
    expect((await db.select({ scheme: documentVersions.hashScheme }).from(documentVersions)).map((row) => row.scheme)).toEqual([1, 1]);
    expect((await db.select().from(documents).where(eq(documents.id, documentId)))[0]).toMatchObject({ versionCount: 2, versionHead: hashes[1] });
    expect(await verifyChains(db)).toMatchObject({ documents: 1, checked: 2, breaks: [] });
    await asOwner(db, sql`delete from document_versions where number = 2`);
    expect((await verifyChains(db)).breaks.map((b) => b.problem)).toEqual(["the document records 2 version(s), the table's newest is 1 (versions removed or the table emptied)"]);
  });
});
