import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, documentVersions, documents } from '../server/db/schema';
import { verifyChains } from '../server/versions/verify-chains';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };
type Version = { number: number; hash: string; previousHash: string | null; decision: typeof decision; lockedBy: { name: string } };
const json = async <T>(response: Response) => (await response.json()) as T;

describe(`fastställda versions on ${driverUnderTest}`, () => {
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

  const lock = (cookie: string, body: unknown = { decision }) => h.request(`/api/documents/${documentId}/versions`, { method: 'POST', cookie, body });

  it('locks version 1 with its decision, renders it, and the document becomes fastställd', async () => {
    const response = await lock(facilitator);
    expect(response.status).toBe(201);
    const { version } = await json<{ version: Version }>(response);
    expect(version).toMatchObject({ number: 1, previousHash: null, decision, lockedBy: { name: 'Karin Berg' } });
    expect(version.hash).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await h.db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId));
    expect(row!.plainText).toContain('Mål'); // the template's text
    expect(row!.html).toMatch(/^<h1>/);
    expect(row!.goals).toHaveLength(1);
    const [doc] = await h.db.select().from(documents).where(eq(documents.id, documentId));
    expect(doc!.status).toBe('fastställd');
    expect((await h.db.select().from(auditLog).where(eq(auditLog.action, 'document.locked')))).toHaveLength(1);
  });

  it('answers 409 to a second lock, and gives exactly one version to two locks at once', async () => {
    const results = await Promise.all([lock(facilitator), lock(facilitator)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = results.find((r) => r.status === 409)!;
    expect((await json<{ error: { message: string } }>(conflict)).error.message).toBe('Dokumentet är redan fastställt och har inte ändrats sedan dess.');
    expect(await h.db.select().from(documentVersions)).toHaveLength(1);
  });

  it('refuses lock and reopen (403) to roles without the right, and checks the decision (400)', async () => {
    for (const who of ['politiker', 'tjansteperson', 'opposition', 'revisor']) {
      const cookie = await h.login(`${who}@exempelkommun.se`);
      expect((await lock(cookie)).status, who).toBe(403);
      expect((await h.request(`/api/documents/${documentId}/reopen`, { method: 'POST', cookie })).status, who).toBe(403);
    }
    expect((await lock(facilitator, { decision: { ...decision, date: '14 oktober' } })).status).toBe(400);
    expect((await lock(facilitator, { decision: { ...decision, diarienummer: '' } })).status).toBe(400);
  });

  it('reopens for revision, and the next version chains to the previous one', async () => {
    const first = (await json<{ version: Version }>(await lock(facilitator))).version;
    expect((await h.request(`/api/documents/${documentId}/reopen`, { method: 'POST', cookie: facilitator })).status).toBe(204);
    expect((await h.request(`/api/documents/${documentId}/reopen`, { method: 'POST', cookie: facilitator })).status).toBe(409);
    const second = (await json<{ version: Version }>(await lock(facilitator, { decision: { ...decision, paragraph: '§ 12' }, note: 'Reviderad' }))).version;
    expect(second).toMatchObject({ number: 2, previousHash: first.hash });
    const { versions } = await json<{ versions: Version[] }>(await h.request(`/api/documents/${documentId}/versions`, { cookie: await h.login('revisor@exempelkommun.se') }));
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    const opened = await json<{ version: Version & { html: string; goals: unknown[] } }>(await h.request(`/api/documents/${documentId}/versions/1`, { cookie: facilitator }));
    expect(opened.version).toMatchObject({ number: 1, hash: first.hash });
    expect(opened.version.html).toMatch(/^<h1>/);
    expect((await h.request(`/api/documents/${documentId}/versions/3`, { cookie: facilitator })).status).toBe(404);
    expect((await h.request(`/api/documents/${documentId}/versions/x`, { cookie: facilitator })).status).toBe(404);
    expect(await verifyChains(h.db)).toMatchObject({ checked: 2, breaks: [] });
  });

  it('refuses UPDATE and DELETE of a version at the database, for everyone (raw SQL)', async () => {
    await lock(facilitator);
    // Drizzle wraps the database's error; the trigger's own message is its cause.
    const refusal = (query: Promise<unknown>) => query.then(() => 'accepted', (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message));
    expect(await refusal(h.db.execute(sql`update document_versions set plain_text = 'ändrad'`))).toMatch(/immutable \(UPDATE refused\)/);
    expect(await refusal(h.db.execute(sql`delete from document_versions`))).toMatch(/immutable \(DELETE refused\)/);
    expect(await h.db.select().from(documentVersions)).toHaveLength(1);
  });

  it('verify-versions finds a version changed behind the trigger (disabled as superuser)', async () => {
    await lock(facilitator);
    await h.request(`/api/documents/${documentId}/reopen`, { method: 'POST', cookie: facilitator });
    await lock(facilitator);
    await h.db.execute(sql`alter table document_versions disable trigger document_versions_immutable`);
    await h.db.execute(sql`update document_versions set content_json = '{"type":"doc","content":[]}'::jsonb where number = 1`);
    await h.db.execute(sql`alter table document_versions enable trigger document_versions_immutable`);
    const { breaks } = await verifyChains(h.db);
    expect(breaks).toEqual([{ documentId, number: 1, problem: 'content does not match its hash (changed after locking)' }]);
  });
});
