import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium, launchBrowser } from '../helpers/browser';
import { startDemoServer, type DemoServer } from '../helpers/demo-server';
import { driverUnderTest } from '../helpers/test-database';
import { signIn, type Person } from './editor.helpers';

const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;
const VIEWER = DEMO_USERS.find((user) => user.role === 'viewer')!;

describe.skipIf(!hasChromium)(`the document list in the browser (${driverUnderTest})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let person: Person | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    await person?.context.close();
    person = undefined;
  });

  const table = () => person!.page.getByTestId('documents-table');
  const row = (title: string) => table().getByTestId('document-row').filter({ has: person!.page.getByRole('link', { name: title, exact: true }) });

  it('lists every type, filters, creates from a template, renames and archives', async () => {
    person = await signIn(browser, server, OFFICIAL.email);
    const { page } = person;
    await table().waitFor();
    for (const type of ['omvarldsanalys', 'mal', 'resultatdialog', 'lagesbeskrivning', 'budgetunderlag'] as const) {
      await expect(table().getByRole('cell', { name: t(`documents.type.${type}`), exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(t('documents.filter.type')).selectOption('mal');
    await expect.poll(async () => new Set(await table().locator('tbody td:nth-child(2)').allInnerTexts())).toEqual(new Set([t('documents.type.mal')]));
    await page.getByLabel(t('documents.filter.type')).selectOption('');

    const create = page.getByRole('region', { name: t('documents.create.heading') });
    await create.getByLabel(t('documents.create.type')).selectOption('resultatdialog');
    await create.getByLabel(t('documents.create.title'), { exact: true }).fill('Resultatdialog hösten');
    await create.getByLabel(t('documents.create.body')).selectOption({ label: 'Socialnämnden (SN)' });
    await create.getByRole('button', { name: t('documents.create.submit') }).click();
    // The new document opens, with its template's content.
    await page.waitForURL('**/dokument/**');
    await page.getByRole('heading', { level: 1, name: 'Resultatdialog hösten' }).waitFor();
    const editor = page.getByRole('textbox', { name: t('editor.label') });
    await editor.getByText(t('template.resultatdialog.about')).waitFor();
    // The template's guidance is a hint on an empty paragraph, not text in the document.
    const guidance = t('template.resultatdialog.aboutGuide');
    const guided = editor.locator('p.template-hint').first();
    await expect(guided.getAttribute('data-hint')).resolves.toBe(guidance);
    await expect(guided.evaluate((element) => getComputedStyle(element, '::before').content)).resolves.toBe(JSON.stringify(guidance));
    await expect(editor.innerText()).resolves.not.toContain(guidance);
    expect(await editor.locator('em').count()).toBe(0);
    // What is typed there replaces the hint, in the document's own (upright) style.
    await guided.click();
    await page.keyboard.type('Dialogen hölls den 12 november.');
    const written = editor.locator('p', { hasText: 'Dialogen hölls den 12 november.' });
    await expect(written.evaluate((element) => getComputedStyle(element).fontStyle)).resolves.toBe('normal');
    await expect(written.evaluate((element) => element.classList.contains('template-hint'))).resolves.toBe(false);
    await page.goBack();
    await expect(row('Resultatdialog hösten').innerText()).resolves.toContain('Socialnämnden');

    await row('Resultatdialog hösten').getByRole('button', { name: `${t('documents.rename')} Resultatdialog hösten` }).click();
    const rename = page.getByLabel(t('documents.rename.label', { title: 'Resultatdialog hösten' }));
    // An empty name is told in Swedish, beside the field, and nothing is saved.
    await rename.fill('  ');
    await rename.press('Enter');
    await page.getByRole('alert').filter({ hasText: t('documents.rename.missing') }).waitFor();
    await expect(rename.getAttribute('aria-invalid')).resolves.toBe('true');
    await rename.fill('Resultatdialog november');
    await rename.press('Enter');
    await row('Resultatdialog november').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await row('Resultatdialog november').getByRole('button', { name: `${t('documents.archive')} Resultatdialog november` }).click();
    await page.getByRole('group').getByRole('button', { name: t('documents.archive') }).click();
    await page.getByRole('status').filter({ hasText: t('documents.archive.done', { title: 'Resultatdialog november' }) }).waitFor();
    expect(await row('Resultatdialog november').count()).toBe(0);
    await page.getByLabel(t('documents.filter.archived')).check();
    await row('Resultatdialog november').getByText(t('documents.archivedTag')).waitFor();

    // An archived document still opens from the list.
    await row('Resultatdialog november').getByRole('link').click();
    await page.waitForURL('**/dokument/**');
    await page.getByRole('heading', { level: 1, name: 'Resultatdialog november' }).waitFor();
  });

  it('shows a viewer the list without create, rename or archive', async () => {
    person = await signIn(browser, server, VIEWER.email);
    await table().waitFor();
    expect(await person.page.getByRole('button', { name: t('documents.create.submit') }).count()).toBe(0);
    expect(await table().getByRole('button').count()).toBe(0);
    expect(await axeViolations(person.page)).toEqual([]);
  });
});
