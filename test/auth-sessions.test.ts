import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_LIFETIME_MS } from '../server/auth/sessions';
import { auditLog, sessions, users } from '../server/db/schema';
import { AppHarness, sessionCookieFrom, setCookieHeader } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

const DAY = 24 * 60 * 60 * 1000;

describe(`sessions and login on ${driverUnderTest}`, () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(() => h.reset());
  afterAll(() => h.dispose());

  it('logs a demo user in: 200, their role and permissions, and an HttpOnly SameSite=Lax cookie', async () => {
    const response = await h.request('/api/auth/login', { method: 'POST', body: { email: 'Politiker@Exempelkommun.se ', password: 'samsyn-demo' } });
    expect(response.status).toBe(200);
    const me = (await response.json()) as { user: { email: string }; role: string; permissions: string[]; organisation: { name: string } };
    expect(me).toMatchObject({ user: { email: 'politiker@exempelkommun.se' }, role: 'politician', organisation: { name: 'Exempelkommun' } });
    expect(me.permissions).toEqual(['document.create']);

    const cookie = setCookieHeader(response)!;
    expect(cookie).toMatch(/^samsyn_session=[a-z2-7]{24}\.[a-z2-7]{24}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(new Date(/Expires=([^;]+)/.exec(cookie)![1]!).getTime()).toBe(Math.floor((h.clock.now.getTime() + SESSION_LIFETIME_MS) / 1000) * 1000);
  });

  it('marks the cookie Secure in production and over https', async () => {
    h.rebuildApp({ alwaysSecure: true });
    const response = await h.request('/api/auth/login', { method: 'POST', body: { email: 'admin@exempelkommun.se', password: 'samsyn-demo' } });
    expect(setCookieHeader(response)).toContain('Secure');

    h.rebuildApp();
    const https = await h.app.request('https://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://localhost' },
      body: JSON.stringify({ email: 'admin@exempelkommun.se', password: 'samsyn-demo' }),
    });
    expect(setCookieHeader(https)).toContain('Secure');
  });

  it('stores only the hash of the session secret, never the token', async () => {
    const cookie = await h.login('admin@exempelkommun.se');
    const [id, secret] = cookie.split('=')[1]!.split('.');
    const [row] = await h.db.select().from(sessions).where(eq(sessions.id, id!));
    expect(row).toBeDefined();
    expect(Buffer.from(row!.secretHash).toString('utf8')).not.toContain(secret);
    expect(row!.secretHash).toHaveLength(32);
  });

  it('rejects a token whose secret is wrong even when its id exists', async () => {
    const cookie = await h.login('admin@exempelkommun.se');
    const forged = `${cookie.split('.')[0]}.${'a'.repeat(24)}`;
    expect((await h.request('/api/me', { cookie: forged })).status).toBe(401);
    expect((await h.request('/api/me', { cookie })).status).toBe(200);
  });

  it('answers 401 with one message for an unknown email and for a wrong password', async () => {
    const unknown = await h.request('/api/auth/login', { method: 'POST', body: { email: 'ingen@exempelkommun.se', password: 'samsyn-demo' } });
    const wrong = await h.request('/api/auth/login', { method: 'POST', body: { email: 'admin@exempelkommun.se', password: 'fel-lösenord' } });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const [a, b] = [await unknown.json(), await wrong.json()];
    expect(a).toEqual(b);
    expect(a).toEqual({ error: { code: 'login_failed', message: 'Fel e-postadress eller lösenord.' } });
  });

  it('runs argon2 for unknown emails too, so timing does not reveal which accounts exist', async () => {
    const before = h.hasher.verifyCalls;
    await h.request('/api/auth/login', { method: 'POST', body: { email: 'finns-inte@exempelkommun.se', password: 'vad-som-helst-12' } });
    expect(h.hasher.verifyCalls).toBe(before + 1);
  });

  it('refuses malformed login input with 400 and a Swedish message', async () => {
    const response = await h.request('/api/auth/login', { method: 'POST', body: { email: '' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Kontrollera uppgifterna: E-postadress, Lösenord.');
    const notJson = await h.app.request('http://localhost/api/auth/login', { method: 'POST', headers: { origin: 'http://localhost', 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('GET /api/me is 401 without a session and 200 with one', async () => {
    expect((await h.request('/api/me')).status).toBe(401);
    const cookie = await h.login('revisor@exempelkommun.se');
    const response = await h.request('/api/me', { cookie });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ role: 'viewer', permissions: [] });
  });

  it('logout deletes the session row, and the old cookie stops working', async () => {
    const cookie = await h.login('admin@exempelkommun.se');
    const id = cookie.split('=')[1]!.split('.')[0]!;
    const response = await h.request('/api/auth/logout', { method: 'POST', cookie });
    expect(response.status).toBe(204);
    expect(setCookieHeader(response)).toMatch(/samsyn_session=;.*Max-Age=0/);
    expect(await h.db.select().from(sessions).where(eq(sessions.id, id))).toHaveLength(0);
    expect((await h.request('/api/me', { cookie })).status).toBe(401);
  });

  it('expires a session after 30 days without use, and deletes its row', async () => {
    const cookie = await h.login('admin@exempelkommun.se');
    h.clock.advance(30 * DAY + 1000);
    const response = await h.request('/api/me', { cookie });
    expect(response.status).toBe(401);
    expect(await h.db.select().from(sessions)).toHaveLength(0);
  });

  it('slides: a session used with less than half its life left is extended and the cookie re-sent', async () => {
    const cookie = await h.login('admin@exempelkommun.se');
    h.clock.advance(10 * DAY);
    const early = await h.request('/api/me', { cookie });
    expect(early.status).toBe(200);
    expect(setCookieHeader(early)).toBeUndefined();

    h.clock.advance(6 * DAY); // 16 days in: 14 left, under half
    const late = await h.request('/api/me', { cookie });
    expect(late.status).toBe(200);
    expect(sessionCookieFrom(late)).toBe(cookie);
    const [row] = await h.db.select().from(sessions);
    expect(row!.expiresAt.getTime()).toBe(h.clock.now.getTime() + SESSION_LIFETIME_MS);

    h.clock.advance(25 * DAY); // past the original expiry, within the extended one
    expect((await h.request('/api/me', { cookie })).status).toBe(200);
  });

  it("ends a deactivated user's sessions at once", async () => {
    const admin = await h.login('admin@exempelkommun.se');
    const politician = await h.login('politiker@exempelkommun.se');
    const [user] = await h.db.select().from(users).where(eq(users.email, 'politiker@exempelkommun.se'));
    const response = await h.request(`/api/admin/users/${user!.id}`, { method: 'PATCH', cookie: admin, body: { active: false } });
    expect(response.status).toBe(200);
    expect((await h.request('/api/me', { cookie: politician })).status).toBe(401);
    expect((await h.request('/api/auth/login', { method: 'POST', body: { email: 'politiker@exempelkommun.se', password: 'samsyn-demo' } })).status).toBe(401);
  });

  it('refuses a session whose user was deactivated directly in the database (checked on every request)', async () => {
    const cookie = await h.login('tjansteperson@exempelkommun.se');
    await h.db.update(users).set({ active: false }).where(eq(users.email, 'tjansteperson@exempelkommun.se'));
    expect((await h.request('/api/me', { cookie })).status).toBe(401);
  });

  it('revokes all of a user\'s sessions on password change and gives the changing browser a new one', async () => {
    const laptop = await h.login('tjansteperson@exempelkommun.se');
    const phone = await h.login('tjansteperson@exempelkommun.se');
    const short = await h.request('/api/me/password', { method: 'POST', cookie: laptop, body: { currentPassword: 'samsyn-demo', newPassword: 'kort' } });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: { message: string } }).error.message).toBe('Lösenordet måste ha minst 12 tecken.');
    const wrong = await h.request('/api/me/password', { method: 'POST', cookie: laptop, body: { currentPassword: 'fel', newPassword: 'ett-nytt-langt-losenord' } });
    expect(wrong.status).toBe(400);

    const response = await h.request('/api/me/password', { method: 'POST', cookie: laptop, body: { currentPassword: 'samsyn-demo', newPassword: 'ett-nytt-langt-losenord' } });
    expect(response.status).toBe(204);
    const fresh = sessionCookieFrom(response)!;
    expect((await h.request('/api/me', { cookie: laptop })).status).toBe(401);
    expect((await h.request('/api/me', { cookie: phone })).status).toBe(401);
    expect((await h.request('/api/me', { cookie: fresh })).status).toBe(200);
    await expect(h.login('tjansteperson@exempelkommun.se')).rejects.toThrow(/401/);
    await h.login('tjansteperson@exempelkommun.se', 'ett-nytt-langt-losenord');
  });

  it('writes audit rows for login success, failure and logout (never the password)', async () => {
    await h.request('/api/auth/login', { method: 'POST', body: { email: 'admin@exempelkommun.se', password: 'fel-lösenord-123' } });
    const cookie = await h.login('admin@exempelkommun.se');
    await h.request('/api/auth/logout', { method: 'POST', cookie });
    const rows = await h.db.select().from(auditLog).orderBy(auditLog.id);
    expect(rows.map((row) => row.action)).toEqual(['auth.login_failed', 'auth.login', 'auth.logout']);
    expect(JSON.stringify(rows)).not.toContain('fel-lösenord-123');
    expect(rows[0]!.details).toEqual({ email: 'admin@exempelkommun.se' });
  });
});
