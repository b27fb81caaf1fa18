import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

/** A phone's width: the board has one "Nytt kort" there instead of a text box in every category. */
const PHONE_WIDTH = 640;

/**
 * The new-card field for a category ("Nytt kort i Sociala – Utmaningar") and its form's add button:
 * beside the category on a wide screen; on a phone in the board's one "Nytt kort", opened if it is not
 * and with the category chosen.
 */
export async function newCardForm(page: Page, category: string): Promise<{ field: Locator; add: Locator; form: Locator }> {
  const field = page.getByLabel(t('workshop.card.new', { category }));
  if ((page.viewportSize()?.width ?? PHONE_WIDTH + 1) <= PHONE_WIDTH) {
    const open = page.getByRole('button', { name: t('workshop.board.newCard'), exact: true });
    await open.waitFor();
    if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
    await page.getByLabel(t('workshop.board.newCardCategory')).selectOption({ label: category });
  }
  const form = field.locator('xpath=ancestor::form');
  return { field, form, add: form.getByRole('button', { name: t('workshop.card.add') }) };
}
