import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { startTestProvider, type TestProvider } from '../fixtures/oidc-provider';
import { axeViolations, hasChromium, launchBrowser } from '../helpers/browser';
import { startDemoServer, type DemoServer } from '../helpers/demo-server';
import { allowServerErrors } from '../helpers/server-errors';
import { freePort } from '../helpers/server-process';
import { driverUnderTest } from '../helpers/test-database';

const ADMIN = DEMO_USERS.find((user) => user.role === 'admin')!;
const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

describe.skipIf(!hasChromium)(`signing in with the kommun's own accounts (OpenID Connect) in the browser (${driverUnderTest})`, () => {
  let server: DemoServer;
  let idp: TestProvider;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The provider must know Samsyn's addresses before either starts: Samsyn's port is chosen first.
    const port = await freePort();
    idp = await startTestProvider({ redirectUris: [`http://127.0.0.1:${port}/logga-in/oidc`], postLogoutRedirectUris: [`http://127.0.0.1:${port}/logga-in`] });
    [server, browser] = await Promise.all([startDemoServer({ port, env: { SAMSYN_SECRET_KEY: randomBytes(32).toString('hex') } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await idp?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    // The provider's development pages ask for a web font: nothing leaves this machine.
    await context.route('**/*', (route) => (LOOPBACK.test(route.request().url()) ? route.continue() : route.abort()));
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const section = () => page.getByRole('region', { name: t('oidc.admin.heading'), exact: true });

  /** The admin enters the kommun's provider on the organisation page, as a person would, and saves with Enter. */
  async function configureThroughAdminPage(changes: { provisioning?: 'create' | 'refuse' } = {}) {
    expect((await context.request.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } })).status()).toBe(200);
    await page.goto('/admin/organisation');
    await section().getByLabel(t('oidc.admin.issuer')).waitFor();
    const checkbox = section().getByLabel(t('oidc.admin.enabled'));
    if (!(await checkbox.isChecked())) await checkbox.check();
    await section().getByLabel(t('oidc.admin.issuer')).fill(idp.issuer);
    await section().getByLabel(t('oidc.admin.clientId')).fill(idp.clientId);
    await section().getByLabel(t('oidc.admin.clientSecret')).fill(idp.clientSecret);
    await section().getByLabel(t('oidc.admin.scopes')).fill('openid email profile groups');
    await section().getByLabel(t('oidc.admin.roleClaim')).fill('groups');
    await section().getByLabel(t('oidc.admin.mappings')).fill('samsyn-politiker-bun = politician: BUN');
    await section().getByLabel(t('oidc.admin.provisioning')).selectOption(changes.provisioning ?? 'create');
    const endSession = section().getByLabel(t('oidc.admin.endSession'));
    if (!(await endSession.isChecked())) await endSession.check();
    await section().getByLabel(t('oidc.admin.clientId')).press('Enter');
    await section().getByText(t('oidc.admin.saved')).waitFor();
    await context.clearCookies();
  }

  it('lets the admin enter the provider (axe clean, keyboard), and never shows the secret again', async () => {
    await configureThroughAdminPage();
    expect((await context.request.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } })).status()).toBe(200);
    await page.goto('/admin/organisation');
    await section().getByLabel(t('oidc.admin.issuer')).waitFor();
    await expect(section().getByLabel(t('oidc.admin.issuer')).inputValue()).resolves.toBe(idp.issuer);
    await expect(section().getByLabel(t('oidc.admin.clientSecret')).inputValue()).resolves.toBe('');
    await section().getByText(t('oidc.admin.secretSet')).waitFor();
    await expect(section().getByLabel(t('oidc.admin.mappings')).inputValue()).resolves.toBe('samsyn-politiker-bun = politician: BUN');
    await expect(section().innerText()).resolves.toContain(`${server.url}/logga-in/oidc`);
    expect(await page.content()).not.toContain(idp.clientSecret);
    const answer = await context.request.get('/api/admin/oidc');
    expect(await answer.text()).not.toContain(idp.clientSecret);
    // Keyboard: from the issuer field, Tab reaches the client id.
    await section().getByLabel(t('oidc.admin.issuer')).focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('clientId');
    // A mapping line that names no role is refused beside its field.
    await section().getByLabel(t('oidc.admin.mappings')).fill('bara-ett-värde');
    await section().getByRole('button', { name: t('oidc.admin.save') }).click();
    await section().getByText(t('oidc.admin.mappingLine', { line: 1, roles: 'admin, facilitator, politician, official, commenter, viewer' })).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('signs a politician in at the provider and lands them in Samsyn with the mapped role and nämnd; logging out ends both sessions', async () => {
    await configureThroughAdminPage();
    idp.accounts.set('lena', { email: 'lena.lind@exempelkommun.se', email_verified: true, name: 'Lena Lind', groups: ['samsyn-politiker-bun'] });
    await page.goto('/logga-in');
    const button = page.getByRole('button', { name: t('oidc.login.button', { organisation: 'Exempelkommun' }) });
    await button.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await button.click();

    // At the provider: its own login, then its consent.
    await page.waitForURL(`${idp.issuer}/**`);
    await page.locator('input[name="login"]').fill('lena');
    await page.locator('input[name="password"]').fill('kommunens-lösenord');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(`${server.url}/`);
    const user = page.getByTestId('signed-in-user');
    await expect(user.innerText()).resolves.toContain('Lena Lind');
    await expect(user.innerText()).resolves.toContain(t('role.politician'));
    await expect(page.locator('main').innerText()).resolves.toContain('Barn- och bildningsnämnden (BUN)');
    // The provider's answer is not left in the address bar or the history.
    expect(page.url()).not.toContain('code=');

    await page.getByRole('button', { name: t('nav.logout') }).click();
    await page.waitForURL(`${idp.issuer}/session/end**`);
    expect(idp.endSessionRequests).toHaveLength(1);
    expect((await context.request.get('/api/me')).status()).toBe(401);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${server.url}/logga-in`);
  });

  it('refuses someone without an account when the kommun creates none, on a Swedish page without a stack', async () => {
    await configureThroughAdminPage({ provisioning: 'refuse' });
    idp.accounts.set('okand', { email: 'okand@exempelkommun.se', email_verified: true, name: 'Okänd Person' });
    await page.goto('/logga-in');
    await page.getByRole('button', { name: t('oidc.login.button', { organisation: 'Exempelkommun' }) }).click();
    await page.waitForURL(`${idp.issuer}/**`);
    await page.locator('input[name="login"]').fill('okand');
    await page.locator('input[name="password"]').fill('vad-som-helst');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: t('oidc.callback.failed') }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain(t('oidc.error.noAccount'));
    expect(text).toContain('Kontakta din administratör');
    expect(text).not.toMatch(/Error|at \w+ \(|code=/);
    expect(page.url()).toBe(`${server.url}/logga-in/oidc`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: t('oidc.callback.back') }).click();
    await page.waitForURL(`${server.url}/logga-in`);
  });

  it('says in Swedish on the login page when the kommun’s provider is down', async () => {
    await configureThroughAdminPage();
    // The provider moves to an address where nothing answers.
    expect((await context.request.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } })).status()).toBe(200);
    const current = (await (await context.request.get('/api/admin/oidc')).json()) as { oidc: { settings: Record<string, unknown> } };
    const saved = await context.request.put('/api/admin/oidc', { data: { settings: { ...current.oidc.settings, issuer: `http://127.0.0.1:${await freePort()}` } } });
    expect(saved.status()).toBe(200);
    await context.clearCookies();
    allowServerErrors();
    await page.goto('/logga-in');
    await page.getByRole('button', { name: t('oidc.login.button', { organisation: 'Exempelkommun' }) }).click();
    await page.getByRole('alert').filter({ hasText: t('oidc.error.unavailable') }).waitFor();
    expect(page.url()).toBe(`${server.url}/logga-in`);
    expect(server.output()).toContain('OIDC discovery failed');
    expect(server.output()).not.toContain(idp.clientSecret);
    expect(await axeViolations(page)).toEqual([]);
  });
});
