import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/demo/exempelkommun';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/passwords';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium, launchBrowser } from '../helpers/browser';
import { logInThroughForm, startDemoServer, type DemoServer } from '../helpers/demo-server';
import { driverUnderTest } from '../helpers/test-database';

const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;
const COMMENTER = DEMO_USERS.find((user) => user.role === 'commenter')!;

describe.skipIf(!hasChromium)(`own account in the browser (${driverUnderTest})`, () => {
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

  async function logIn(email: string, password?: string) {
    await logInThroughForm(page, email, password);
    await page.waitForURL(`${server.url}/`);
  }
  const loginStatus = async (email: string, password: string) =>
    (await context.request.post('/api/auth/login', { data: { email, password } })).status();
  const describedText = async (label: string) => {
    const ids = ((await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()))).join(' | ');
  };

  it('changes one’s own password: checks in the browser, shows the server’s refusal, then works', async () => {
    await logIn(OFFICIAL.email);
    await page.getByRole('link', { name: t('nav.password') }).click();
    await page.waitForURL('**/konto/losenord');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(t('account.password.title'));
    expect(await axeViolations(page)).toEqual([]);
    const submit = page.getByRole('button', { name: t('account.password.submit') });
    const newPassword = 'en lång mening som lösenord';

    await page.getByLabel(t('field.currentPassword')).fill(DEMO_PASSWORD);
    await page.getByLabel(t('field.newPassword')).fill('för-kort');
    await submit.click();
    await expect(describedText(t('field.newPassword'))).resolves.toContain(t('error.passwordTooShort', { min: MIN_PASSWORD_LENGTH }));

    await page.getByLabel(t('field.newPassword')).fill(newPassword);
    await page.getByLabel(t('account.password.repeat')).fill(`${newPassword}!`);
    await submit.click();
    await expect(describedText(t('account.password.repeat'))).resolves.toContain(t('account.password.mismatch'));

    await page.getByLabel(t('field.currentPassword')).fill('inte det nuvarande');
    await page.getByLabel(t('account.password.repeat')).fill(newPassword);
    await submit.click();
    await page.getByRole('alert').filter({ hasText: t('error.wrongCurrentPassword') }).waitFor();
    await expect(describedText(t('field.currentPassword'))).resolves.toContain(t('error.wrongCurrentPassword'));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(t('field.currentPassword')).fill(DEMO_PASSWORD);
    await submit.click();
    await page.getByRole('status').filter({ hasText: t('account.password.done') }).waitFor();
    // Still signed in here (the server gave this browser a fresh session); the old password is gone.
    await expect(page.evaluate(() => fetch('/api/me').then((response) => response.status))).resolves.toBe(200);
    expect(await loginStatus(OFFICIAL.email, DEMO_PASSWORD)).toBe(401);
    expect(await loginStatus(OFFICIAL.email, newPassword)).toBe(200);
  });

  it('sends someone whose session ended elsewhere to the login page on their next action, and back after', async () => {
    await logIn(COMMENTER.email);
    await page.getByRole('link', { name: t('nav.password') }).click();
    await page.waitForURL('**/konto/losenord');
    // The session ends behind the page's back (as when an admin deactivates or resets the account).
    const cookies = await context.cookies();
    const other = await browser.newContext({ baseURL: server.url });
    await other.addCookies(cookies);
    expect((await other.request.post('/api/auth/logout')).status()).toBe(204);
    await other.close();

    await page.getByLabel(t('field.currentPassword')).fill(DEMO_PASSWORD);
    await page.getByLabel(t('field.newPassword')).fill('ett nytt långt lösenord');
    await page.getByLabel(t('account.password.repeat')).fill('ett nytt långt lösenord');
    await page.getByRole('button', { name: t('account.password.submit') }).click();
    await page.waitForURL('**/logga-in?next=%2Fkonto%2Flosenord');
    await page.getByLabel(t('field.email')).fill(COMMENTER.email);
    await page.getByLabel(t('field.password'), { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/konto/losenord');
  });

  it('says so when a page does not exist', async () => {
    await logIn(COMMENTER.email);
    await page.goto('/finns-inte');
    await page.getByRole('heading', { level: 1, name: t('page.notFound.title') }).waitFor();
    await page.getByRole('link', { name: t('page.backToStart') }).click();
    await page.waitForURL(`${server.url}/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
