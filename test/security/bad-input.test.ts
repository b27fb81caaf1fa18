import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultRows } from '../../server/db/database';
import { bodies, documents, documentVersions, users, workshops } from '../../server/db/schema';
import { AppHarness } from '../helpers/app-harness';
import { allowServerErrors } from '../helpers/server-errors';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom, json, newWorkshop, type Problem } from '../helpers/workshops';

const decision = { body: 'Kommunfullmäktige', date: '2027-01-10', paragraph: '§ 1', diarienummer: 'KS/2027:1' };
const characters = (fields: string) => ({ code: 'invalid_characters', message: `Texten innehåller tecken som inte kan sparas (till exempel nolltecken): ${fields}.` });
const nothingToChange = { code: 'nothing_to_change', message: 'Begäran innehåller inget att ändra.' };

describe(`bad input gets a 4xx with a Swedish message and leaves nothing behind, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let admin: string;
  let official: string;
  let facilitator: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    admin = await h.login('admin@exempelkommun.se');
    official = await h.login('tjansteperson@exempelkommun.se');
    facilitator = await h.login('processledare@exempelkommun.se');
  });
  afterAll(() => h.dispose());

  /** Row counts of every table: a refused request must leave each as it was. */
  const counts = async () => {
    const tables = resultRows<{ name: string }>(await h.db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`)).map((row) => row.name);
    return resultRows(await h.db.execute(sql.raw(`select ${tables.map((name) => `(select count(*) from "${name}") as "${name}"`).join(', ')}`)))[0];
  };
  const problem = async (response: Response) => (await json<Problem>(response)).error;
  const firstDocument = async () => (await h.db.select().from(documents).where(eq(documents.type, 'mal')))[0]!;

  it('refuses NUL and lone surrogates in a new document title with 400, and creates no document', async () => {
    const before = await counts();
    for (const title of ['Mål\u0000', 'Mål \ud800', '\udc00 Mål']) {
      const response = await h.request('/api/documents', { method: 'POST', cookie: official, body: { type: 'mal', title } });
      expect(response.status).toBe(400);
      expect(await problem(response)).toEqual(characters('Titel'));
    }
    // Anywhere in the body, keys and nested values too; a surrogate pair (an emoji) is fine.
    const nested = await h.request('/api/documents', { method: 'POST', cookie: official, body: { type: 'mal', title: 'Mål', extra: { 'k\u0000': 'v' } } });
    expect(nested.status).toBe(400);
    expect(await counts()).toEqual(before);
    expect((await h.request('/api/documents', { method: 'POST', cookie: official, body: { type: 'mal', title: 'Mål 🌱' } })).status).toBe(201);
  });

  it('refuses NUL and lone surrogates in the fastställ note and decision, and locks nothing', async () => {
    const document = await firstDocument();
    const before = await counts();
    for (const body of [
      { decision, note: 'x\ud800' },
      { decision, note: 'rad\u0000två' },
      { decision: { ...decision, diarienummer: 'KS/2027:\u00001' } },
      { decision: { ...decision, paragraph: '§ \udfff' } },
    ]) {
      const response = await h.request(`/api/documents/${document.id}/versions`, { method: 'POST', cookie: facilitator, body });
      expect(response.status).toBe(400);
      expect((await problem(response)).code).toBe('invalid_characters');
    }
    expect(await counts()).toEqual(before);
    expect((await h.db.select().from(documentVersions)).length).toBe(0);
    expect((await firstDocument()).status).toBe('utkast');
  });

  it('answers PATCH {} on every PATCH route with 400 "nothing to change"', async () => {
    const document = await firstDocument();
    const [body] = await h.db.select().from(bodies).limit(1);
    const [user] = await h.db.select().from(users).where(eq(users.email, 'revisor@exempelkommun.se'));
    const workshop = await newWorkshop(h, facilitator);
    const before = await counts();
    for (const [path, cookie, empty] of [
      [`/api/documents/${document.id}`, official, {}],
      [`/api/admin/bodies/${body!.id}`, admin, {}],
      [`/api/admin/users/${user!.id}`, admin, {}],
      ['/api/admin/organisation', admin, { settings: {} }],
      ['/api/admin/organisation', admin, { settings: { workshopLimits: {} } }],
      [`/api/workshops/${workshop.id}`, facilitator, {}],
    ] as const) {
      const response = await h.request(path, { method: 'PATCH', cookie, body: empty });
      expect(response.status, path).toBe(400);
      expect(await problem(response)).toEqual(nothingToChange);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers a duplicate body name with 409, on create and on rename, and changes nothing', async () => {
    const [taken, other] = await h.db.select().from(bodies).where(eq(bodies.organisationId, h.organisationId)).limit(2);
    const before = await counts();
    const created = await h.request('/api/admin/bodies', { method: 'POST', cookie: admin, body: { name: taken!.name, type: 'namnd' } });
    expect(created.status).toBe(409);
    expect(await problem(created)).toEqual({ code: 'body_name_taken', message: 'Det finns redan ett organ med det namnet.' });
    const renamed = await h.request(`/api/admin/bodies/${other!.id}`, { method: 'PATCH', cookie: admin, body: { name: ` ${taken!.name} ` } });
    expect(renamed.status).toBe(409);
    expect(await counts()).toEqual(before);
    expect((await h.db.select().from(bodies).where(eq(bodies.id, other!.id)))[0]!.name).toBe(other!.name);
  });

  it('gives one new user to five parallel requests for the same address, and 409 to the rest', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => h.request('/api/admin/users', { method: 'POST', cookie: admin, body: { email: 'ny@exempelkommun.se', name: 'Ny', role: 'viewer' } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await h.db.select().from(users).where(eq(users.email, 'ny@exempelkommun.se'))).toHaveLength(1);
  });

  it('answers a version number too large for the database with 404', async () => {
    const document = await firstDocument();
    for (const number of ['99999999999999999999', '2147483648', '1e3', '-1']) {
      const response = await h.request(`/api/documents/${document.id}/versions/${number}`, { cookie: official });
      expect(response.status, number).toBe(404);
      expect(await problem(response)).toEqual({ code: 'version_not_found', message: expect.any(String) });
    }
  });

  it('lets a guest join a workshop dated more than 400 days ahead, with a cookie a browser keeps', async () => {
    const workshop = await newWorkshop(h, facilitator);
    // Dated before the window existed (or by the demo seed): the join must still work.
    await h.db.update(workshops).set({ date: '2029-06-01' }).where(eq(workshops.id, workshop.id));
    const response = await h.request('/api/workshops/join', { method: 'POST', body: { code: workshop.joinCode, name: 'Gäst' } });
    expect(response.status).toBe(200);
    expect(guestCookieFrom(response)).not.toBeNull();
    const expires = /Expires=([^;]+)/.exec(response.headers.getSetCookie().join(';'))![1]!;
    expect(new Date(expires).getTime() - Date.now()).toBeLessThanOrEqual(400 * 24 * 3600 * 1000);
  });

  it('refuses workshop dates outside a year back to two years ahead with 400, on create and on update', async () => {
    const workshop = await newWorkshop(h, facilitator);
    const before = await counts();
    const range = { code: 'date_out_of_range', message: 'Datumet måste ligga mellan 2026-01-15 och 2029-01-14.' };
    for (const date of ['2029-03-01', '2025-12-31', '0000-01-01', '9999-12-31']) {
      const created = await h.request('/api/workshops', { method: 'POST', cookie: facilitator, body: { type: 'omvarldsdag', title: 'Dag', date, groupCount: 2 } });
      expect(created.status, date).toBe(400);
      expect(await problem(created)).toEqual(range);
      const moved = await h.request(`/api/workshops/${workshop.id}`, { method: 'PATCH', cookie: facilitator, body: { date } });
      expect(moved.status, date).toBe(400);
      expect(await problem(moved)).toEqual(range);
    }
    for (const date of ['2027-02-31', '99999-01-01']) {
      const created = await h.request('/api/workshops', { method: 'POST', cookie: facilitator, body: { type: 'omvarldsdag', title: 'Dag', date, groupCount: 2 } });
      expect(created.status, date).toBe(400);
    }
    expect(await counts()).toEqual(before);
  });

  describe('multi-step commands are all or nothing', () => {
    // A real failure half-way: the audit log refuses one action, as a full disk or a dropped connection would.
    const failAudit = async (action: string) => {
      await h.db.execute(
        sql.raw(`create or replace function test_refuse_audit() returns trigger language plpgsql as $$
          begin if new.action = '${action}' then raise exception 'audit refused by the test'; end if; return new; end $$`),
      );
      await h.db.execute(sql`create trigger test_refuse_audit before insert on audit_log for each row execute function test_refuse_audit()`);
    };
    beforeEach(async () => {
      await h.db.execute(sql`drop trigger if exists test_refuse_audit on audit_log`);
      allowServerErrors();
    });

    it('creates no document when its audit entry cannot be written', async () => {
      await failAudit('document.created');
      const before = await counts();
      const response = await h.request('/api/documents', { method: 'POST', cookie: official, body: { type: 'mal', title: 'Halvfärdigt' } });
      expect(response.status).toBe(500);
      expect(await counts()).toEqual(before);
      await h.db.execute(sql`drop trigger test_refuse_audit on audit_log`);
    });

    it('creates and renames no body when its audit entry cannot be written', async () => {
      const [body] = await h.db.select().from(bodies).where(eq(bodies.name, 'Kommunfullmäktige'));
      for (const [action, request] of [
        ['body.created', () => h.request('/api/admin/bodies', { method: 'POST', cookie: admin, body: { name: 'Ny nämnd', type: 'namnd' } })],
        ['body.updated', () => h.request(`/api/admin/bodies/${body!.id}`, { method: 'PATCH', cookie: admin, body: { name: 'KF' } })],
      ] as const) {
        await h.db.execute(sql`drop trigger if exists test_refuse_audit on audit_log`);
        await failAudit(action);
        const before = await counts();
        expect((await request()).status).toBe(500);
        expect(await counts()).toEqual(before);
      }
      expect((await h.db.select().from(bodies).where(eq(bodies.id, body!.id)))[0]!.name).toBe('Kommunfullmäktige');
      await h.db.execute(sql`drop trigger test_refuse_audit on audit_log`);
    });

    it('changes no document title and no organisation settings when the audit entry cannot be written', async () => {
      const document = await firstDocument();
      await failAudit('document.updated');
      expect((await h.request(`/api/documents/${document.id}`, { method: 'PATCH', cookie: official, body: { title: 'Nytt namn' } })).status).toBe(500);
      expect((await firstDocument()).title).toBe(document.title);
      await h.db.execute(sql`drop trigger test_refuse_audit on audit_log`);
      await failAudit('organisation.settings_changed');
      const before = await counts();
      expect((await h.request('/api/admin/organisation', { method: 'PATCH', cookie: admin, body: { settings: { revisionRetentionDays: 7 } } })).status).toBe(500);
      expect(await counts()).toEqual(before);
      const { organisation } = await json<{ organisation: { settings: { revisionRetentionDays: number } } }>(await h.request('/api/admin/organisation', { cookie: admin }));
      expect(organisation.settings.revisionRetentionDays).not.toBe(7);
      await h.db.execute(sql`drop trigger test_refuse_audit on audit_log`);
    });
  });
});
