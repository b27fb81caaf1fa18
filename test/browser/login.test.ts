import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium, launchBrowser } from '../helpers/browser';
import { logInThroughForm, startDemoServer, type DemoServer } from '../helpers/demo-server';
import { driverUnderTest } from '../helpers/test-database';

const demoUser = (role: string) => DEMO_USERS.find((user) => user.role === role)!;

describe.skipIf(!hasChromium)(`login, logout and access in the browser (${driverUnderTest})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE' });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const logIn = (email: string, password?: string) => logInThroughForm(page, email, password);

  it('sends a signed-out visitor from / to the login page, which says it is a demo and lists every demo account', async () => {
    await page.goto('/');
    await page.waitForURL('**/logga-in');
    await expect(page.title()).resolves.toBe(t('app.documentTitle', { page: t('login.title') }));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
    const demo = page.getByTestId('demo-accounts');
    // The demo section appears once /api/auth/options has answered: wait for it rather than look once.
    await demo.getByRole('heading', { name: t('login.demo.heading') }).waitFor({ state: 'visible' });
    const text = await demo.innerText();
    expect(text).toContain(DEMO_PASSWORD);
    // The page's list is the client's copy (shared/demo/accounts.ts): it must match what the server seeds.
    for (const user of DEMO_USERS) {
      expect(text).toContain(user.email);
      expect(text).toContain(t(`role.${user.role}`));
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logs a demo user in (typing, then Enter) and shows their name, role, organisation and bodies', async () => {
    const user = demoUser('politician');
    await logIn(user.email);
    await page.waitForURL(`${server.url}/`);
    await expect(page.getByTestId('signed-in-user').innerText()).resolves.toContain(user.name);
    await expect(page.getByTestId('signed-in-user').innerText()).resolves.toContain(t('role.politician'));
    await expect(page.getByTestId('organisation-name').innerText()).resolves.toBe('Exempelkommun');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Kommunfullmäktige (KF)');
    expect(main).toContain('Barn- och bildningsnämnden (BUN)');
    await page.getByRole('heading', { name: t('documents.heading'), exact: true }).waitFor();
    // After the route change the page's h1 has focus and names the page in the title.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await expect(page.title()).resolves.toBe(t('app.documentTitle', { page: t('start.heading') }));
    await expect(page.getByTestId('server-status').innerText()).resolves.toBe(t('start.status.ok'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the Swedish error for a wrong password, tied to both fields, and stays on the login page', async () => {
    await logIn(demoUser('official').email, 'inte-rätt-lösenord');
    const alert = page.getByRole('alert').filter({ hasText: t('error.loginFailed') });
    await alert.waitFor();
    const alertId = await alert.getAttribute('id');
    for (const label of [t('field.email'), t('field.password')]) {
      const field = page.getByLabel(label, { exact: true });
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(field.getAttribute('aria-describedby')).resolves.toContain(alertId);
    }
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says which field is empty before asking the server', async () => {
    await page.goto('/logga-in');
    await page.getByRole('button', { name: t('login.submit'), exact: true }).click();
    const message = t('form.missing', { field: t('field.email') });
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    const email = page.getByLabel(t('field.email'));
    await expect(email.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const describedBy = (await email.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toBe(message);
  });

  it('completes the login form with the keyboard only: Tab, typing and Enter', async () => {
    const user = demoUser('official');
    await page.goto('/logga-in');
    await page.getByRole('heading', { level: 1, name: t('login.title') }).waitFor();
    await page.keyboard.press('Tab');
    // The first stop is the skip link, visible when focused.
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: t('app.skipToContent'), href: '#main' });
    await page.locator('.skip-link').waitFor({ state: 'visible' });
    const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? null);
    let presses = 1;
    while ((await focusedLabel()) !== t('field.email')) {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(presses, 'the email field is reached within a few Tab presses').toBeLessThan(6);
    }
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    await expect(focusedLabel()).resolves.toBe(t('field.password'));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/`);
    await expect(page.getByTestId('signed-in-user').innerText()).resolves.toContain(user.name);
  });

  it('logs out: back on the login page, and the session is gone on the server too', async () => {
    await logIn(demoUser('viewer').email);
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('button', { name: t('nav.logout') }).click();
    await page.waitForURL('**/logga-in');
    await expect(page.getByTestId('signed-in-user').count()).resolves.toBe(0);
    await expect(page.evaluate(() => fetch('/api/me').then((response) => response.status))).resolves.toBe(401);
    await page.goto('/');
    await page.waitForURL('**/logga-in');
  });

  it('shows a non-admin no admin links, and denies the admin pages', async () => {
    await logIn(demoUser('politician').email);
    await page.waitForURL(`${server.url}/`);
    const nav = page.getByRole('navigation', { name: t('nav.label') });
    await expect(nav.getByRole('link').allInnerTexts()).resolves.toEqual([t('nav.start'), t('nav.goals'), t('mentions.nav'), t('nav.workshops'), t('nav.password')]);
    for (const path of ['/admin/anvandare', '/admin/organisation']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: t('page.forbidden.title') }).waitFor();
      await page.getByText(t('page.forbidden.for.org.admin')).waitFor();
      await expect(page.getByTestId('users-table').count()).resolves.toBe(0);
    }
    // A facilitator's page says it is for those who lead workshops, not for administrators.
    await page.goto('/workshop/00000000-0000-4000-8000-000000000000/ledning');
    await page.getByText(t('page.forbidden.for.workshop.facilitate')).waitFor();
    await expect(page.getByText(t('page.forbidden.for.org.admin')).count()).resolves.toBe(0);
    // The server decides, whatever the client shows.
    await expect(page.evaluate(() => fetch('/api/admin/users').then((response) => response.status))).resolves.toBe(403);
  });

  it('shows the admin links to an admin, and returns a signed-out admin to the page they asked for', async () => {
    const admin = demoUser('admin');
    await page.goto('/admin/anvandare');
    await page.waitForURL('**/logga-in?next=%2Fadmin%2Fanvandare');
    await page.getByLabel(t('field.email')).fill(admin.email);
    await page.getByLabel(t('field.password'), { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/anvandare');
    await page.getByRole('heading', { level: 1, name: t('admin.users.title') }).waitFor();
    const nav = page.getByRole('navigation', { name: t('nav.label') });
    await expect(nav.getByRole('link').allInnerTexts()).resolves.toEqual([t('nav.start'), t('nav.goals'), t('mentions.nav'), t('nav.workshops'), t('nav.password'), t('nav.adminUsers'), t('nav.adminOrganisation')]);
    await expect(nav.getByRole('link', { name: t('nav.adminUsers') }).getAttribute('aria-current')).resolves.toBe('page');
  });

  it('never follows a login redirect off the site', async () => {
    await page.goto(`/logga-in?next=${encodeURIComponent('//example.org/')}`);
    await page.getByLabel(t('field.email')).fill(demoUser('commenter').email);
    await page.getByLabel(t('field.password'), { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/`);
  });

  it('shows the next account in the same tab nothing the last one was shown, not even while its own data loads', async () => {
    await logIn(demoUser('politician').email);
    await page.getByTestId('mentions-link').click();
    await page.getByRole('heading', { name: t('mentions.heading'), level: 1 }).waitFor();
    const mentionsShown = page.getByTestId('mention').or(page.getByText(t('mentions.none')));
    await mentionsShown.first().waitFor();
    await page.getByRole('button', { name: t('nav.logout') }).click();
    await page.waitForURL('**/logga-in');

    // Signed in again without reloading the page, so anything cached for the politician is still in memory.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/mentions', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel(t('field.email')).fill(demoUser('official').email);
    await page.getByLabel(t('field.password'), { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel(t('field.password'), { exact: true }).press('Enter');
    await page.getByTestId('signed-in-user').filter({ hasText: demoUser('official').name }).waitFor();
    await page.getByTestId('mentions-link').click();
    await page.getByRole('heading', { name: t('mentions.heading'), level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: t('app.loading') }).waitFor();
    await expect(mentionsShown.count()).resolves.toBe(0);
    release();
    await mentionsShown.first().waitFor();
  });
});
