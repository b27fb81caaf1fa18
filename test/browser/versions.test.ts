import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium, launchBrowser } from '../helpers/browser';
import { startDemoServer, type DemoServer } from '../helpers/demo-server';
import { driverUnderTest } from '../helpers/test-database';
import { bodyEditor, documentIdOfType, openDocument, signIn, type Person } from './editor.helpers';

describe.skipIf(!hasChromium)(`fastställ a version from the UI (${driverUnderTest})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let facilitator: Person;
  let politician: Person;
  let documentId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    facilitator = await signIn(browser, server, 'processledare@exempelkommun.se');
    politician = await signIn(browser, server, 'politiker@exempelkommun.se');
    documentId = await documentIdOfType(politician, 'omvarldsanalys');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('locks with a decision; the other browser sees the banner at once and cannot type; reopening lets it type again', async () => {
    await Promise.all([openDocument(facilitator, documentId), openDocument(politician, documentId)]);
    const editor = bodyEditor(politician.page);
    await editor.click();
    await politician.page.keyboard.press('Control+End');
    await politician.page.keyboard.type(' Text före beslutet.');
    await politician.page.getByText(t('connection.saved')).waitFor();

    const page = facilitator.page;
    await page.getByRole('button', { name: t('versions.lock.open') }).click();
    // An empty field gets the app's Swedish error, tied to it, not the browser's bubble.
    await page.getByRole('button', { name: t('versions.lock.submit'), exact: true }).click();
    const paragraphError = t('form.missing', { field: t('versions.lock.paragraph') });
    await page.getByText(paragraphError).waitFor();
    await expect(page.getByLabel(t('versions.lock.paragraph')).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('textbox', { description: paragraphError }).count()).resolves.toBe(1);
    await page.getByLabel(t('versions.lock.paragraph')).fill('§ 12');
    await page.getByLabel(t('versions.lock.diarienummer')).fill('KS/2027:3');
    await page.getByLabel(t('versions.lock.date')).fill('2027-01-20');
    await page.getByRole('button', { name: t('versions.lock.submit'), exact: true }).press('Enter');
    await page.getByRole('status').filter({ hasText: t('versions.lock.done', { number: 1 }) }).waitFor();

    const banner = politician.page.getByTestId('locked-banner');
    await banner.waitFor({ timeout: 5000 });
    expect(await banner.innerText()).toContain('Fastställd 2027-01-20, Kommunstyrelsen § 12');
    await politician.page.getByTestId('connection-state').filter({ hasText: t('connection.readOnly') }).waitFor();
    expect(await editor.getAttribute('contenteditable')).toBe('false');

    const pdf = await facilitator.context.request.get(`/api/documents/${documentId}/versions/1/export?format=pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('checkbox', { name: t('versions.export.openThreads') }).check();
    const markdownLink = page.getByRole('list', { name: t('versions.export.label', { number: 1 }) }).getByRole('link', { name: t('versions.export.md') });
    const withThreads = await facilitator.context.request.get((await markdownLink.getAttribute('href'))!);
    expect(withThreads.status()).toBe(200);
    expect(await withThreads.text()).toContain(t('export.openComments'));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-output/versions-${driverUnderTest}.png`, fullPage: true });

    await page.getByRole('button', { name: t('versions.reopen') }).click();
    await page.getByRole('group').getByRole('button', { name: t('versions.reopen') }).click();
    await politician.page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor({ timeout: 5000 });
    await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');

    // The draft against version 1, block by block: the paragraph that got a sentence shows it as changed.
    await editor.click();
    await politician.page.keyboard.press('Control+End');
    await politician.page.keyboard.type(' Tillägg efter beslutet.');
    await politician.page.getByText(t('connection.saved')).waitFor();
    await page.getByLabel(t('versions.diff.to')).selectOption('draft');
    await page.getByRole('button', { name: t('versions.diff.show') }).click();
    const changed = page.getByTestId('diff-blocks').locator('li.diff-changed');
    await changed.locator('ins').filter({ hasText: 'Tillägg efter beslutet.' }).waitFor();
    expect(await changed.count()).toBe(1);
    expect(await changed.innerText()).toContain('Text före beslutet.');
    expect(await page.getByTestId('diff-blocks').locator('li.diff-heading').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
