import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { t } from '../../shared/i18n';
import { launchBrowser } from '../helpers/browser';
import { startDemoServer, type DemoServer } from '../helpers/demo-server';
import { signIn, type Person } from './editor.helpers';

/** A workshop as these tests read it from GET /api/workshops (as the facilitator, so with its join code). */
export interface WorkshopSummary {
  id: string;
  title: string;
  joinCode: string;
  groups: Array<{ id: string; name: string }>;
}

/**
 * For one workshop test file: the demo server and a browser for all its tests, members signed in
 * (`person`), and guests on a phone (`phone` for a bare context, `guest` to join by code and name).
 * Every context stays open across the file's tests and closes at its end.
 */
export function useWorkshopPeople() {
  let server: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  async function person(email: string): Promise<Person> {
    const signedIn = await signIn(browser, server, email);
    contexts.push(signedIn.context);
    return signedIn;
  }

  async function phone(): Promise<BrowserContext> {
    const context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 375, height: 667 }, hasTouch: true });
    contexts.push(context);
    return context;
  }

  async function guest(code: string, name: string): Promise<Page> {
    const page = await (await phone()).newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`/w/${code}`);
    await page.getByLabel(t('workshop.join.name')).fill(name);
    await page.getByRole('button', { name: t('workshop.join.submit') }).click();
    await page.waitForURL('**/workshop/*');
    return page;
  }

  return { person, phone, guest };
}
