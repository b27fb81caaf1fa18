import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/demo/exempelkommun';
import { rootDir } from '../../server/config/paths';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/passwords';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium, launchBrowser } from '../helpers/browser';
import { startDemoServer, type DemoServer } from '../helpers/demo-server';
import { driverUnderTest } from '../helpers/test-database';

const ADMIN = DEMO_USERS.find((user) => user.role === 'admin')!;
const OWN_PASSWORD = 'ett-eget-långt-lösenord';
type UserView = { id: string; email: string; name: string; role: string; active: boolean; bodyIds: string[] };

describe.skipIf(!hasChromium)(`administration of users in the browser (${driverUnderTest})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let serial = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    await signIn(context, ADMIN.email);
    page = await context.newPage();
  });
  afterEach(() => context.close());

  /** Signs a browser context in through the API (the login page itself is tested in login.test.ts). */
  async function signIn(target: BrowserContext, email: string, password = DEMO_PASSWORD) {
    const response = await target.request.post('/api/auth/login', { data: { email, password } });
    expect(response.status(), `login ${email}`).toBe(200);
  }

  /** A fresh user of this test's own, made through the API, so tests never disturb each other. */
  async function newUser(role = 'official'): Promise<UserView> {
    serial += 1;
    const response = await context.request.post('/api/admin/users', {
      data: { email: `person${serial}@exempelkommun.se`, name: `Person ${serial} Test`, role, password: OWN_PASSWORD },
    });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { user: UserView }).user;
  }

  async function openUsersPage() {
    await page.goto('/admin/anvandare');
    await page.getByTestId('users-table').waitFor();
  }

  const row = (name: string) => page.getByTestId('users-table').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
  const createForm = () => page.locator('form').filter({ has: page.getByRole('button', { name: t('admin.users.create.submit') }) });
  const loginStatus = async (email: string, password: string) => {
    const other = await browser.newContext({ baseURL: server.url });
    const status = (await other.request.post('/api/auth/login', { data: { email, password } })).status();
    await other.close();
    return status;
  };
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? null);

  it('creates a user with a generated password, shown once, that works for logging in', async () => {
    await openUsersPage();
    const form = createForm();
    await form.getByLabel(t('field.name')).fill('Maja Lind');
    await form.getByLabel(t('field.email')).fill('maja.lind@exempelkommun.se');
    await form.getByLabel(t('field.role')).selectOption({ label: t('role.official') });
    await form.getByRole('checkbox', { name: 'Socialförvaltningen (SOF)' }).check();
    await form.getByRole('button', { name: t('admin.users.create.submit') }).click();

    const panel = page.getByTestId('one-time-password');
    await panel.waitFor();
    const password = await panel.locator('code').innerText();
    expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    await expect(panel.innerText()).resolves.toContain(t('admin.users.oneTime.note', { name: 'Maja Lind' }));
    // Focus moves to the panel, so a screen reader reads it at once.
    await expect(focusedText()).resolves.toBe(t('admin.users.oneTime.heading', { name: 'Maja Lind' }));
    await expect(page.getByRole('status').filter({ hasText: t('admin.users.created', { name: 'Maja Lind' }) }).count()).resolves.toBe(1);
    await expect(row('Maja Lind').innerText()).resolves.toMatch(new RegExp(`${t('role.official')}.*Socialförvaltningen \\(SOF\\)`, 's'));
    expect(await axeViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: t('admin.users.oneTime.dismiss') }).click();
    await expect(panel.count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(password);
    await page.reload();
    await page.getByTestId('users-table').waitFor();
    await expect(page.content()).resolves.not.toContain(password);

    // The new person logs in through the login page with that password.
    const theirs = await browser.newContext({ baseURL: server.url });
    const theirPage = await theirs.newPage();
    await theirPage.goto('/logga-in');
    await theirPage.getByLabel(t('field.email')).fill('maja.lind@exempelkommun.se');
    await theirPage.getByLabel(t('field.password'), { exact: true }).fill(password);
    await theirPage.keyboard.press('Enter');
    // Someone else knows that password: she must choose her own before any other page opens.
    await theirPage.waitForURL('**/konto/losenord');
    await theirPage.getByTestId('password-required').waitFor();
    await theirPage.goto('/');
    await theirPage.waitForURL('**/konto/losenord');
    expect(await axeViolations(theirPage)).toEqual([]);
    await theirPage.getByLabel(t('field.currentPassword')).fill(password);
    await theirPage.getByLabel(t('field.newPassword')).fill('Majas alldeles egna lösenord');
    await theirPage.getByLabel(t('account.password.repeat')).fill('Majas alldeles egna lösenord');
    await theirPage.getByRole('button', { name: t('account.password.submit') }).click();
    await theirPage.waitForURL(`${server.url}/`);
    await expect(theirPage.getByTestId('signed-in-user').innerText()).resolves.toContain('Maja Lind');
    await theirs.close();
  });

  it('changes a role in the row’s edit form', async () => {
    const user = await newUser('official');
    await openUsersPage();
    await row(user.name).getByRole('button', { name: t('admin.users.editLabel', { name: user.name }) }).click();
    const form = page.getByRole('form', { name: t('admin.users.editHeading', { name: user.name }) });
    await expect(form.getByLabel(t('field.name')).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await form.getByLabel(t('field.role')).selectOption({ label: t('role.commenter') });
    await form.getByRole('button', { name: t('form.save') }).click();

    await page.getByRole('status').filter({ hasText: t('admin.users.saved', { name: user.name }) }).waitFor();
    await expect(form.count()).resolves.toBe(0);
    await expect(row(user.name).locator('td').nth(1).innerText()).resolves.toBe(t('role.commenter'));
    await expect(focusedText()).resolves.toBe(t('admin.users.edit'));
    const users = ((await (await context.request.get('/api/admin/users')).json()) as { users: UserView[] }).users;
    expect(users.find((candidate) => candidate.id === user.id)?.role).toBe('commenter');
  });

  it('deactivates a user, who is signed out at once and cannot log in, and activates them again', async () => {
    const user = await newUser('politician');
    const theirs = await browser.newContext({ baseURL: server.url });
    await signIn(theirs, user.email, OWN_PASSWORD);
    await openUsersPage();

    await row(user.name).getByRole('button', { name: t('admin.users.deactivateLabel', { name: user.name }) }).click();
    await page.getByRole('status').filter({ hasText: t('admin.users.deactivated', { name: user.name }) }).waitFor();
    await expect(row(user.name).locator('td').nth(3).innerText()).resolves.toBe(t('admin.users.inactive'));
    expect((await theirs.request.get('/api/me')).status()).toBe(401);
    expect(await loginStatus(user.email, OWN_PASSWORD)).toBe(401);
    expect(await axeViolations(page)).toEqual([]); // the greyed-out row keeps its contrast

    await row(user.name).getByRole('button', { name: t('admin.users.activateLabel', { name: user.name }) }).click();
    await page.getByRole('status').filter({ hasText: t('admin.users.activated', { name: user.name }) }).waitFor();
    await expect(row(user.name).locator('td').nth(3).innerText()).resolves.toBe(t('admin.users.active'));
    expect(await loginStatus(user.email, OWN_PASSWORD)).toBe(200);
    await theirs.close();
  });

  it('resets a password after asking, and shows the new one once', async () => {
    const user = await newUser();
    await openUsersPage();
    const resetButton = row(user.name).getByRole('button', { name: t('admin.users.resetLabel', { name: user.name }) });
    await resetButton.click();
    const question = t('admin.users.resetConfirm', { name: user.name });
    await expect(focusedText()).resolves.toBe(question);
    await page.keyboard.press('Escape'); // changed my mind
    await expect(page.getByText(question).count()).resolves.toBe(0);
    await expect(resetButton.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    await resetButton.click();
    await page.getByRole('button', { name: t('admin.users.resetConfirmButton') }).click();
    const panel = page.getByTestId('one-time-password');
    await panel.waitFor();
    const password = await panel.locator('code').innerText();
    expect(await loginStatus(user.email, password)).toBe(200);
    expect(await loginStatus(user.email, OWN_PASSWORD)).toBe(401);
    await panel.getByRole('button', { name: t('admin.users.oneTime.dismiss') }).click();
    await expect(page.content()).resolves.not.toContain(password);
  });

  it('lifts a login lock from the keyboard, and the person can log in again at once', async () => {
    const user = await newUser();
    for (let i = 0; i < 10; i += 1) expect(await loginStatus(user.email, `fel-losenord-${i}`)).toBe(401);
    expect(await loginStatus(user.email, OWN_PASSWORD)).toBe(429);
    await openUsersPage();

    // By keyboard: Tab from the row's previous action reaches it, Enter lifts.
    await row(user.name).getByRole('button', { name: t('admin.users.resetLabel', { name: user.name }) }).focus();
    await page.keyboard.press('Tab');
    const lift = row(user.name).getByRole('button', { name: t('admin.users.liftLoginLockLabel', { name: user.name }) });
    await expect(lift.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(lift.innerText()).resolves.toBe('Häv inloggningsspärr');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: t('admin.users.loginLockLifted', { name: user.name }) }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await loginStatus(user.email, OWN_PASSWORD)).toBe(200);

    // Nothing left to lift: it says so.
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: t('admin.users.noLoginLock', { name: user.name }) }).waitFor();
  });

  it('explains mistakes next to the field they concern, in Swedish, from the browser and from the server', async () => {
    await openUsersPage();
    const form = createForm();
    await form.getByRole('button', { name: t('admin.users.create.submit') }).click();
    const expected: Array<[string, string]> = [
      [t('field.name'), t('form.missing', { field: t('field.name') })],
      [t('field.email'), t('form.invalidEmail')],
      [t('field.role'), t('admin.users.roleMissing')],
    ];
    for (const [label, message] of expected) {
      const field = form.getByLabel(label, { exact: true });
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      const ids = (await field.getAttribute('aria-describedby'))!.split(' ');
      const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
      expect(texts).toContain(message);
      await expect(page.getByRole('alert').filter({ hasText: message }).count()).resolves.toBe(1);
    }

    await form.getByLabel(t('field.name')).fill('Dubbel Adress');
    await form.getByLabel(t('field.email')).fill(ADMIN.email);
    await form.getByLabel(t('field.role')).selectOption({ label: t('role.viewer') });
    await form.getByLabel(t('admin.users.create.passwordLabel')).fill('kort');
    await form.getByRole('button', { name: t('admin.users.create.submit') }).click();
    await page.getByRole('alert').filter({ hasText: t('error.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) }).waitFor();

    await form.getByLabel(t('admin.users.create.passwordLabel')).fill('');
    await form.getByRole('button', { name: t('admin.users.create.submit') }).click();
    const taken = page.getByRole('alert').filter({ hasText: t('error.emailTaken') });
    await taken.waitFor();
    const takenId = await taken.getAttribute('id');
    await expect(form.getByLabel(t('field.email')).getAttribute('aria-describedby')).resolves.toContain(takenId);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the last admin: no deactivation of oneself, and the server’s refusal of a demotion is shown at the role', async () => {
    await openUsersPage();
    const mine = row(ADMIN.name);
    await expect(mine.getByRole('button').allInnerTexts()).resolves.toEqual([t('admin.users.edit')]);
    await mine.getByRole('button', { name: t('admin.users.editLabel', { name: ADMIN.name }) }).click();
    const form = page.getByRole('form', { name: t('admin.users.editHeading', { name: ADMIN.name }) });
    await form.getByLabel(t('field.role')).selectOption({ label: t('role.viewer') });
    await form.getByRole('button', { name: t('form.save') }).click();
    await page.getByRole('alert').filter({ hasText: t('error.lastAdmin') }).waitFor();
    await expect(mine.locator('td').nth(1).innerText()).resolves.toBe(t('role.admin'));
    await form.getByRole('button', { name: t('form.cancel') }).click();
    await expect(form.count()).resolves.toBe(0);
  });

  it('has no axe violations on the users page, also with an edit form open; saves a screenshot', async () => {
    await openUsersPage();
    await expect(page.title()).resolves.toBe(t('app.documentTitle', { page: t('admin.users.title') }));
    expect(await axeViolations(page)).toEqual([]);
    const someone = DEMO_USERS.find((user) => user.role === 'politician')!;
    await row(someone.name).getByRole('button', { name: t('admin.users.editLabel', { name: someone.name }) }).click();
    expect(await axeViolations(page)).toEqual([]);
    await mkdir(path.join(rootDir, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(rootDir, 'test-output', `admin-users-${driverUnderTest}.png`), fullPage: true });
  });
});
