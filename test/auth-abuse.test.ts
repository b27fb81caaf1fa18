import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_LIMIT_PER_IP, LOGIN_WINDOW_MS } from '../server/auth/login-throttle';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

describe(`login rate limit and CSRF on ${driverUnderTest}`, () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(() => h.reset());
  afterAll(() => h.dispose());

  const attempt = (email: string, password: string, ip = '203.0.113.10') =>
    h.request('/api/auth/login', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': ip } });

  async function failTimes(n: number, email: string, ip?: string) {
    for (let i = 0; i < n; i += 1) expect((await attempt(email, `fel-losenord-${i}`, ip)).status).toBe(401);
  }

  it('answers 429 with Retry-After after 10 failures for one account, even with the right password', async () => {
    await failTimes(LOGIN_FAILURE_LIMIT, 'admin@exempelkommun.se');
    const blocked = await attempt('admin@exempelkommun.se', 'samsyn-demo', '198.51.100.7');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(LOGIN_WINDOW_MS / 1000);
    expect(((await blocked.json()) as { error: { message: string } }).error.message).toBe(
      'För många misslyckade inloggningsförsök. Försök igen om 15 minuter.',
    );
    // Other accounts are not affected.
    expect((await attempt('politiker@exempelkommun.se', 'samsyn-demo', '198.51.100.7')).status).toBe(200);
  });

  it('resets once the window has passed', async () => {
    await failTimes(LOGIN_FAILURE_LIMIT, 'admin@exempelkommun.se');
    h.clock.advance(5 * 60 * 1000);
    const blocked = await attempt('admin@exempelkommun.se', 'samsyn-demo');
    expect(Number(blocked.headers.get('retry-after'))).toBe(10 * 60);
    h.clock.advance(10 * 60 * 1000 + 1000);
    expect((await attempt('admin@exempelkommun.se', 'samsyn-demo')).status).toBe(200);
  });

  it('limits one IP trying many accounts, with a higher limit than per account (shared office IPs)', async () => {
    expect(LOGIN_FAILURE_LIMIT_PER_IP).toBeGreaterThan(LOGIN_FAILURE_LIMIT);
    for (let i = 0; i < LOGIN_FAILURE_LIMIT_PER_IP; i += 1) {
      expect((await attempt(`gissning${i}@exempelkommun.se`, 'samsyn-demo', '192.0.2.66')).status).toBe(401);
    }
    expect((await attempt('revisor@exempelkommun.se', 'samsyn-demo', '192.0.2.66')).status).toBe(429);
    expect((await attempt('revisor@exempelkommun.se', 'samsyn-demo', '192.0.2.67')).status).toBe(200);
  });

  it('keeps the count across a server restart (stored in the database)', async () => {
    await failTimes(LOGIN_FAILURE_LIMIT, 'admin@exempelkommun.se');
    h.rebuildApp();
    expect((await attempt('admin@exempelkommun.se', 'samsyn-demo')).status).toBe(429);
  });

  it('clears an account\'s failures when it logs in successfully', async () => {
    await failTimes(LOGIN_FAILURE_LIMIT - 1, 'admin@exempelkommun.se', '192.0.2.1');
    expect((await attempt('admin@exempelkommun.se', 'samsyn-demo', '192.0.2.2')).status).toBe(200);
    await failTimes(LOGIN_FAILURE_LIMIT - 1, 'admin@exempelkommun.se', '192.0.2.3');
    expect((await attempt('admin@exempelkommun.se', 'samsyn-demo', '192.0.2.4')).status).toBe(200);
  });

  describe('CSRF: state-changing requests must come from our own origin', () => {
    const login = (headers: Record<string, string>) =>
      h.request('/api/auth/login', { method: 'POST', body: { email: 'admin@exempelkommun.se', password: 'samsyn-demo' }, headers });

    it('refuses a foreign Origin with 403 and a Swedish message', async () => {
      const response = await login({ origin: 'https://evil.example' });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: { code: 'cross_origin', message: 'Begäran kom inte från Samsyn och stoppades av säkerhetsskäl.' } });
    });

    it('refuses Sec-Fetch-Site: cross-site and same-site when no Origin is sent', async () => {
      expect((await login({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await login({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    });

    it('refuses Origin: null (sandboxed frames)', async () => {
      expect((await login({ origin: 'null' })).status).toBe(403);
    });

    it('accepts our own origin, same-origin fetches, and programs that send neither header', async () => {
      expect((await login({ origin: 'http://localhost' })).status).toBe(200);
      expect((await login({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
      const program = await h.app.request('http://localhost/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@exempelkommun.se', password: 'samsyn-demo' }),
      });
      expect(program.status).toBe(200);
    });

    it('refuses a cross-origin logout carrying a valid cookie, and the session stays', async () => {
      const cookie = await h.login('admin@exempelkommun.se');
      const response = await h.request('/api/auth/logout', { method: 'POST', cookie, headers: { origin: 'https://evil.example' } });
      expect(response.status).toBe(403);
      expect((await h.request('/api/me', { cookie })).status).toBe(200);
    });
  });
});
