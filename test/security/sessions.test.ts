import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { controlRoom, documentRoom } from '../../shared/sync/rooms';
import { LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_LIMIT_PER_IP } from '../../server/auth/login-throttle';
import { SESSION_LIFETIME_MS } from '../../server/auth/sessions';
import { argon2Hasher } from '../../server/auth/passwords';
import { auditLog, loginFailures, memberships, organisations, users } from '../../server/db/schema';
import { loadDocState } from '../../server/sync/doc-store';
import type { WorkshopView } from '../../shared/api/workshops';
import { AppHarness, FakeClock } from '../helpers/app-harness';
import { bodyText, SyncHarness, synced, typeParagraph, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

const DAY_MS = 24 * 60 * 60 * 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const closedWith = async (client: TestClient, what: string) => {
  await until(() => client.closes.length > 0, what, 5000);
  return client.closes[0];
};

describe(`live connections end with their session (logout, expiry, a guest leaving) on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  // The server's clock: tests move it a month ahead to reach a session's end.
  const clock = new FakeClock(new Date());

  async function storedBody(documentId: string): Promise<string> {
    await h.server.sync.flushAll();
    return bodyText(await loadDocState(h.db, documentRoom(documentId)));
  }

  /** A member with one document open for writing, their first paragraph stored. */
  async function memberEditing(email = 'politiker@exempelkommun.se') {
    const cookie = await h.login(email);
    const documentId = await h.createDocument();
    const client = h.client(documentRoom(documentId), cookie);
    await synced(client);
    typeParagraph(client, 'Före');
    await until(async () => (await storedBody(documentId)).includes('Före'), 'the first paragraph stored');
    return { cookie, documentId, client };
  }

  async function guestInWorkshop() {
    const facilitator = await h.login('processledare@exempelkommun.se');
    const date = stockholmDate(clock.now);
    const created = await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date, groupCount: 1 });
    expect(created.status).toBe(201);
    const workshop = created.body.workshop;
    const joined = await h.api<unknown>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst' });
    expect(joined.status).toBe(200);
    const cookie = guestCookieFrom(joined.response)!;
    const client = h.client(controlRoom(workshop.id), cookie);
    await synced(client);
    return { cookie, client };
  }

  beforeAll(async () => {
    // Connections look at their session's expiry every 50 ms here, so a moved clock is noticed at once.
    h = await SyncHarness.start({ sessionCheckMs: 50 }, { clock: clock.read });
  });
  afterAll(() => h.stop());

  it('closes a member\'s open sockets with 4401 on logout, and stores nothing written after it', async () => {
    const { cookie, documentId, client } = await memberEditing();
    const elsewhere = await h.login('politiker@exempelkommun.se');
    const other = h.client(documentRoom(documentId), elsewhere);
    await synced(other);

    expect((await h.api('POST', '/auth/logout', cookie)).status).toBe(204);
    typeParagraph(client, 'Efter utloggning');
    expect(await closedWith(client, 'the close after logout')).toBe(CLOSE.unauthenticated);
    await pause(300);
    expect(await storedBody(documentId)).not.toContain('Efter utloggning');
    // Only that session ended: the same user's other browser keeps writing.
    expect(other.closes).toEqual([]);
    typeParagraph(other, 'Annan webbläsare');
    await until(async () => (await storedBody(documentId)).includes('Annan webbläsare'), 'the other session\'s paragraph stored');
  });

  it('closes a guest\'s sockets with 4401 when they leave the workshop (logout of the guest session)', async () => {
    const { cookie, client } = await guestInWorkshop();
    expect((await h.api('POST', '/auth/logout', cookie)).status).toBe(204);
    expect(await closedWith(client, 'the close after the guest left')).toBe(CLOSE.unauthenticated);
  });

  it('closes a member\'s sockets with 4401 when their session expires while they are open', async () => {
    const { documentId, client } = await memberEditing();
    clock.advance(SESSION_LIFETIME_MS + 1000);
    expect(await closedWith(client, 'the close at expiry')).toBe(CLOSE.unauthenticated);
    typeParagraph(client, 'Efter utgång');
    await pause(300);
    expect(await storedBody(documentId)).not.toContain('Efter utgång');
  });

  it('keeps a socket open while its session slides with use, and closes it at the renewed expiry', async () => {
    const { cookie, documentId, client } = await memberEditing();
    clock.advance(20 * DAY_MS);
    // Using the site renews a session past half its life.
    expect((await h.api('GET', '/me', cookie)).status).toBe(200);
    clock.advance(11 * DAY_MS);
    await pause(300);
    expect(client.closes).toEqual([]);
    typeParagraph(client, 'Fortfarande inloggad');
    await until(async () => (await storedBody(documentId)).includes('Fortfarande inloggad'), 'the paragraph stored');
    clock.advance(20 * DAY_MS);
    expect(await closedWith(client, 'the close at the renewed expiry')).toBe(CLOSE.unauthenticated);
  });

  it('closes a guest\'s sockets with 4401 when the workshop\'s day ends', async () => {
    const { client } = await guestInWorkshop();
    clock.advance(DAY_MS + 1000);
    expect(await closedWith(client, 'the close at the end of the day')).toBe(CLOSE.unauthenticated);
  });
});

describe(`the login limit holds against attempts sent at once, and an admin can lift it, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(() => h.reset());
  afterAll(() => h.dispose());

  const attempt = (email: string, password: string, ip: string) =>
    h.request('/api/auth/login', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': ip } });
  const statuses = async (responses: Promise<Response>[]) => (await Promise.all(responses)).map((response) => response.status);
  const tally = (codes: number[]) => ({ 401: codes.filter((code) => code === 401).length, 429: codes.filter((code) => code === 429).length });
  const userId = async (email: string) => (await h.db.select().from(users).where(eq(users.email, email)))[0]!.id;

  it('checks at most 10 of 40 wrong passwords for one account sent at once, and answers the rest 429', async () => {
    const before = h.hasher.verifyCalls;
    const codes = await statuses(Array.from({ length: 40 }, (_, i) => attempt('politiker@exempelkommun.se', `fel-losenord-${i}`, '203.0.113.10')));
    expect(h.hasher.verifyCalls - before).toBe(LOGIN_FAILURE_LIMIT);
    expect(tally(codes)).toEqual({ 401: LOGIN_FAILURE_LIMIT, 429: 40 - LOGIN_FAILURE_LIMIT });
    // The right password is refused too while the account is locked.
    expect((await attempt('politiker@exempelkommun.se', 'samsyn-demo', '198.51.100.7')).status).toBe(429);
  });

  it('counts per account across many addresses at once, and per address across many accounts at once', async () => {
    let before = h.hasher.verifyCalls;
    const spread = await statuses(Array.from({ length: 40 }, (_, i) => attempt('revisor@exempelkommun.se', `fel-${i}`, `198.51.100.${i + 1}`)));
    expect(h.hasher.verifyCalls - before).toBe(LOGIN_FAILURE_LIMIT);
    expect(tally(spread)[429]).toBe(40 - LOGIN_FAILURE_LIMIT);

    before = h.hasher.verifyCalls;
    const sprayed = await statuses(Array.from({ length: 70 }, (_, i) => attempt(`gissning${i}@exempelkommun.se`, 'samsyn-demo', '192.0.2.66')));
    expect(h.hasher.verifyCalls - before).toBe(LOGIN_FAILURE_LIMIT_PER_IP);
    expect(tally(sprayed)).toEqual({ 401: LOGIN_FAILURE_LIMIT_PER_IP, 429: 70 - LOGIN_FAILURE_LIMIT_PER_IP });
  });

  it('does not count successful logins against a shared address, even many at once', async () => {
    const officeIp = '203.0.113.80';
    const emails = ['admin', 'processledare', 'politiker', 'tjansteperson', 'opposition', 'revisor'].map((who) => `${who}@exempelkommun.se`);
    for (let round = 0; round < 10; round += 1) expect(await statuses(emails.map((email) => attempt(email, 'samsyn-demo', officeIp)))).toEqual(emails.map(() => 200));
    expect(await h.db.select().from(loginFailures)).toEqual([]);
  });

  it('lets an admin lift an account\'s lock at once, audited', async () => {
    const admin = await h.login('admin@exempelkommun.se');
    await statuses(Array.from({ length: LOGIN_FAILURE_LIMIT }, (_, i) => attempt('politiker@exempelkommun.se', `fel-${i}`, '203.0.113.10')));
    expect((await attempt('politiker@exempelkommun.se', 'samsyn-demo', '198.51.100.7')).status).toBe(429);

    const id = await userId('politiker@exempelkommun.se');
    const lifted = await h.request(`/api/admin/users/${id}/lift-login-lock`, { method: 'POST', cookie: admin });
    expect(lifted.status).toBe(200);
    expect(await lifted.json()).toEqual({ cleared: LOGIN_FAILURE_LIMIT });
    expect((await attempt('politiker@exempelkommun.se', 'samsyn-demo', '198.51.100.7')).status).toBe(200);
    const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.login_lock_lifted'), eq(auditLog.targetId, id)));
    expect(entry).toMatchObject({ organisationId: h.organisationId, actorUserId: await userId('admin@exempelkommun.se'), details: { cleared: LOGIN_FAILURE_LIMIT } });
    // Nothing left to lift: said so, not an error.
    expect(await (await h.request(`/api/admin/users/${id}/lift-login-lock`, { method: 'POST', cookie: admin })).json()).toEqual({ cleared: 0 });
  });

  it('refuses the lift to non-admins (403), without a session (401), and across organisations (404)', async () => {
    await statuses(Array.from({ length: LOGIN_FAILURE_LIMIT }, (_, i) => attempt('revisor@exempelkommun.se', `fel-${i}`, '203.0.113.10')));
    const id = await userId('revisor@exempelkommun.se');
    for (const who of ['processledare', 'politiker', 'tjansteperson', 'opposition']) {
      const cookie = await h.login(`${who}@exempelkommun.se`);
      expect((await h.request(`/api/admin/users/${id}/lift-login-lock`, { method: 'POST', cookie })).status, who).toBe(403);
    }
    expect((await h.request(`/api/admin/users/${id}/lift-login-lock`, { method: 'POST' })).status).toBe(401);

    // An admin of a neighbouring kommun cannot reach this kommun's members.
    const [other] = await h.db.insert(organisations).values({ name: 'Grannkommun', slug: 'grannkommun' }).returning();
    const [neighbourUser] = await h.db.insert(users).values({ email: 'granne@grannkommun.se', name: 'Granne', passwordHash: await argon2Hasher.hash('grannens-eget-losenord') }).returning();
    await h.db.insert(memberships).values({ userId: neighbourUser!.id, organisationId: other!.id, role: 'admin' });
    const neighbour = await h.login('granne@grannkommun.se', 'grannens-eget-losenord');
    const refused = await h.request(`/api/admin/users/${id}/lift-login-lock`, { method: 'POST', cookie: neighbour });
    expect(refused.status).toBe(404);
    expect((await attempt('revisor@exempelkommun.se', 'samsyn-demo', '198.51.100.7')).status).toBe(429);
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, 'user.login_lock_lifted'))).toEqual([]);
  });
});
