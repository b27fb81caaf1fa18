import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium, launchBrowser } from '../helpers/browser';
import { startDemoServer, type DemoServer } from '../helpers/demo-server';
import { driverUnderTest } from '../helpers/test-database';

const ADMIN = DEMO_USERS.find((user) => user.role === 'admin')!;
type Body = { id: string; name: string; shortName: string | null; type: string; parentId: string | null };

describe.skipIf(!hasChromium)(`administration of the organisation in the browser (${driverUnderTest})`, () => {
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
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    expect((await context.request.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } })).status()).toBe(200);
    page = await context.newPage();
    await page.goto('/admin/organisation');
    await page.getByTestId('body-tree').waitFor();
  });
  afterEach(() => context.close());

  const tree = () => page.getByTestId('body-tree');
  /** The tree item whose own line (not a child's) names the body. */
  const item = (name: string) => tree().locator('li').filter({ has: page.locator(':scope > .body-item .body-name', { hasText: new RegExp(`^${name}$`) }) });
  /** The name of the body a body sits under in the tree as shown, or null at the top. */
  const shownParent = (name: string) =>
    item(name).evaluate((li) => li.parentElement?.closest('li')?.querySelector(':scope > .body-item .body-name')?.textContent ?? null);
  const addForm = () => page.locator('form').filter({ has: page.getByRole('button', { name: t('admin.bodies.add.submit') }) });
  const editForm = (name: string) => item(name).locator(':scope > .inline-form form');
  const bodies = async () => ((await (await context.request.get('/api/bodies')).json()) as { bodies: Body[] }).bodies;

  async function chooseParent(form: Locator, label: string) {
    const select = form.getByLabel(t('field.parentId'));
    const value = await select.locator('option', { hasText: label }).getAttribute('value');
    await select.selectOption(value!);
  }

  it('has no axe violations, with and without an edit form open', async () => {
    await expect(page.title()).resolves.toBe(t('app.documentTitle', { page: t('admin.org.title') }));
    expect(await axeViolations(page)).toEqual([]);
    await item('Socialnämnden').getByRole('button', { name: t('admin.bodies.editLabel', { name: 'Socialnämnden' }) }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adds, renames, moves and deletes bodies in the tree', async () => {
    const add = addForm();
    await add.getByLabel(t('field.name')).fill('Kulturnämnden');
    await add.getByLabel(t('field.shortName')).fill('KN');
    await add.getByLabel(t('field.type')).selectOption({ label: t('body.type.namnd') });
    await chooseParent(add, 'Kommunfullmäktige (KF)');
    await add.getByRole('button', { name: t('admin.bodies.add.submit') }).click();
    await page.getByRole('status').filter({ hasText: t('admin.bodies.created', { name: 'Kulturnämnden' }) }).waitFor();
    await expect(shownParent('Kulturnämnden')).resolves.toBe('Kommunfullmäktige');

    await add.getByLabel(t('field.name')).fill('Kulturförvaltningen');
    await add.getByLabel(t('field.type')).selectOption({ label: t('body.type.forvaltning') });
    await chooseParent(add, 'Kulturnämnden (KN)');
    await add.getByRole('button', { name: t('admin.bodies.add.submit') }).click();
    await page.getByRole('status').filter({ hasText: t('admin.bodies.created', { name: 'Kulturförvaltningen' }) }).waitFor();
    await expect(shownParent('Kulturförvaltningen')).resolves.toBe('Kulturnämnden');

    // Rename.
    await item('Kulturnämnden').getByRole('button', { name: t('admin.bodies.editLabel', { name: 'Kulturnämnden' }) }).first().click();
    const rename = editForm('Kulturnämnden');
    await rename.getByLabel(t('field.name')).fill('Kultur- och fritidsnämnden');
    await rename.getByRole('button', { name: t('form.save') }).click();
    await page.getByRole('status').filter({ hasText: t('admin.bodies.saved', { name: 'Kultur- och fritidsnämnden' }) }).waitFor();
    await expect(shownParent('Kulturförvaltningen')).resolves.toBe('Kultur- och fritidsnämnden');

    // Move: a body cannot be put under itself or its own descendants, so those are not offered.
    await item('Kultur- och fritidsnämnden').getByRole('button', { name: t('admin.bodies.editLabel', { name: 'Kultur- och fritidsnämnden' }) }).click();
    const offered = await editForm('Kultur- och fritidsnämnden').getByLabel(t('field.parentId')).locator('option').allInnerTexts();
    expect(offered.some((text) => text.includes('Kulturförvaltningen') || text.includes('Kultur- och fritidsnämnden'))).toBe(false);
    await editForm('Kultur- och fritidsnämnden').getByRole('button', { name: t('form.cancel') }).click();

    await item('Kulturförvaltningen').getByRole('button', { name: t('admin.bodies.editLabel', { name: 'Kulturförvaltningen' }) }).click();
    const move = editForm('Kulturförvaltningen');
    await chooseParent(move, 'Kommunstyrelsen (KS)');
    await move.getByRole('button', { name: t('form.save') }).click();
    await page.getByRole('status').filter({ hasText: t('admin.bodies.saved', { name: 'Kulturförvaltningen' }) }).waitFor();
    await expect(shownParent('Kulturförvaltningen')).resolves.toBe('Kommunstyrelsen');

    // Delete, after confirming.
    await item('Kultur- och fritidsnämnden').getByRole('button', { name: t('admin.bodies.deleteLabel', { name: 'Kultur- och fritidsnämnden' }) }).click();
    await page.getByRole('button', { name: t('admin.bodies.delete'), exact: true }).click();
    await page.getByRole('status').filter({ hasText: t('admin.bodies.deleted', { name: 'Kultur- och fritidsnämnden' }) }).waitFor();
    await expect(item('Kultur- och fritidsnämnden').count()).resolves.toBe(0);

    const stored = await bodies();
    const ks = stored.find((body) => body.shortName === 'KS')!;
    expect(stored.find((body) => body.name === 'Kulturförvaltningen')).toMatchObject({ type: 'forvaltning', parentId: ks.id });
    expect(stored.some((body) => body.name.startsWith('Kultur- och'))).toBe(false);
  });

  it('shows the server’s refusal to delete a body that is in use', async () => {
    await item('Kommunfullmäktige').getByRole('button', { name: t('admin.bodies.deleteLabel', { name: 'Kommunfullmäktige' }) }).click();
    await page.getByRole('button', { name: t('admin.bodies.delete'), exact: true }).click();
    await page.getByRole('alert').filter({ hasText: t('error.bodyInUse') }).waitFor();
    await expect(item('Kommunfullmäktige').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves the three document rules, and refuses to leave no role that may lock', async () => {
    const settings = page.locator('form').filter({ has: page.getByRole('button', { name: t('admin.settings.submit') }) });
    const lockRoles = settings.getByRole('group', { name: t('admin.settings.lockRoles') });
    await settings.getByRole('checkbox', { name: t('admin.settings.restrictEditing') }).check();
    await settings.getByRole('checkbox', { name: t('admin.settings.commentsOnLocked') }).uncheck();
    await lockRoles.getByRole('checkbox', { name: t('role.admin') }).uncheck();
    await lockRoles.getByRole('checkbox', { name: t('role.facilitator') }).uncheck();
    await settings.getByRole('button', { name: t('admin.settings.submit') }).click();
    await page.getByRole('alert').filter({ hasText: t('admin.settings.lockRolesMissing') }).waitFor();

    await lockRoles.getByRole('checkbox', { name: t('role.facilitator') }).check();
    await lockRoles.getByRole('checkbox', { name: t('role.politician') }).check();
    await settings.getByRole('button', { name: t('admin.settings.submit') }).click();
    await page.getByRole('status').filter({ hasText: t('admin.settings.saved') }).waitFor();

    const stored = (await (await context.request.get('/api/admin/organisation')).json()) as { organisation: { settings: unknown } };
    expect(stored.organisation.settings).toMatchObject({ restrictEditingToBodyMembers: true, lockRoles: ['facilitator', 'politician'], commentsOnLockedDocuments: false });

    await page.reload();
    await page.getByTestId('body-tree').waitFor();
    await expect(settings.getByRole('checkbox', { name: t('admin.settings.restrictEditing') }).isChecked()).resolves.toBe(true);
    await expect(settings.getByRole('checkbox', { name: t('admin.settings.commentsOnLocked') }).isChecked()).resolves.toBe(false);
    await expect(lockRoles.getByRole('checkbox', { name: t('role.politician') }).isChecked()).resolves.toBe(true);
    await expect(lockRoles.getByRole('checkbox', { name: t('role.admin') }).isChecked()).resolves.toBe(false);
  });

  it("saves the workshop boards' card limits, refuses one out of bounds, and keeps them when the document rules are saved after", async () => {
    const limits = page.locator('form').filter({ has: page.getByRole('button', { name: t('admin.workshopLimits.submit') }) });
    const field = (key: 'maxCardsPerBoard' | 'maxCardsPerParticipant' | 'maxCardTextLength') => limits.getByLabel(t(`admin.workshopLimits.${key}`));
    await expect(field('maxCardsPerBoard').inputValue()).resolves.toBe('300');
    await field('maxCardsPerParticipant').fill('0');
    await limits.getByRole('button', { name: t('admin.workshopLimits.submit') }).click();
    await limits.getByRole('alert').filter({ hasText: t('admin.workshopLimits.outOfRange', { min: '1', max: '500' }) }).waitFor();
    await field('maxCardsPerParticipant').fill('25');
    await field('maxCardTextLength').fill('400');
    await limits.getByRole('button', { name: t('admin.workshopLimits.submit') }).click();
    await page.getByRole('status').filter({ hasText: t('admin.workshopLimits.saved') }).waitFor();

    const settings = page.locator('form').filter({ has: page.getByRole('button', { name: t('admin.settings.submit') }) });
    await settings.getByRole('button', { name: t('admin.settings.submit') }).click();
    await page.getByRole('status').filter({ hasText: t('admin.settings.saved') }).waitFor();
    const stored = (await (await context.request.get('/api/admin/organisation')).json()) as { organisation: { settings: { workshopLimits: unknown } } };
    expect(stored.organisation.settings.workshopLimits).toEqual({ maxCardsPerBoard: 300, maxCardsPerParticipant: 25, maxCardTextLength: 400 });
    expect(await axeViolations(page)).toEqual([]);
  });
});
