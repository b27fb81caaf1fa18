import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { hasChromium, launchBrowser } from '../helpers/browser';
import { startDemoServer, type DemoServer } from '../helpers/demo-server';
import { driverUnderTest } from '../helpers/test-database';
import { documentIdOfType, openDocument, signIn, typeAfter, typeInGuide, waitForBodyTexts, waitForSaved, type Person } from './editor.helpers';

const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;

describe.skipIf(!hasChromium)(`a document without a network (${driverUnderTest})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let sara: Person | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    await sara?.context.close();
  });

  it('opens again after a reload offline, with the edits made offline, and sends them once back', async () => {
    sara = await signIn(browser, server, OFFICIAL.email);
    const { page, context } = sara;
    const id = await documentIdOfType(sara, 'lagesbeskrivning');
    await openDocument(sara, id);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload(); // now under the service worker, which keeps the shell and the metadata
    await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    await typeInGuide(page, 'template.lagesbeskrivning.introGuide', 'November, äldreomsorgen.');
    await typeAfter(page, 'November, äldreomsorgen', ' Skrivet före avbrottet.');
    await waitForSaved(page);

    await context.setOffline(true);
    await typeAfter(page, 'November, äldreomsorgen', ' Skrivet offline.');
    await page.reload();
    await page.getByTestId('connection-state').filter({ hasText: t('connection.offline') }).waitFor();
    await waitForBodyTexts(page, ['Skrivet före avbrottet.', 'Skrivet offline.']);
    // What is true: the edit is on this device, not on the server (the page has a new client id now).
    await page.getByTestId('save-state').filter({ hasText: t('connection.savedLocally') }).waitFor();
    await page.getByTestId('server-status').filter({ hasText: t('start.status.down') }).waitFor();

    await context.setOffline(false);
    await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor({ timeout: 20_000 });
    // Saved once the server's word covers it, and the footer agrees with the badge at once, not after its next retry.
    await page.getByTestId('save-state').filter({ hasText: t('connection.saved') }).waitFor({ timeout: 10_000 });
    await page.getByTestId('server-status').filter({ hasText: t('start.status.ok') }).waitFor({ timeout: 3_000 });
    const other = await signIn(browser, server, OFFICIAL.email);
    try {
      await openDocument(other, id);
      await waitForBodyTexts(other.page, ['Skrivet före avbrottet.', 'Skrivet offline.']);
    } finally {
      await other.context.close();
    }
  }, 60_000);
});
