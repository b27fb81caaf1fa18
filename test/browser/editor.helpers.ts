import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/exempelkommun';
import type { DocumentType } from '../../shared/domain/documents';
import { t, type MessageKey } from '../../shared/i18n';
import { launchBrowser } from '../helpers/browser';
import { logInThroughForm, startDemoServer, type DemoServer } from '../helpers/demo-server';

/** One person in their own browser context, signed in through the login form. */
export interface Person {
  context: BrowserContext;
  page: Page;
}

export async function signIn(browser: Browser, server: DemoServer, email: string): Promise<Person> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await logInThroughForm(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${server.url}/`);
  return { context, page };
}

/**
 * For one test file: the demo server and a browser (started before its tests, stopped after), and
 * `person(email)` to sign someone in, in a context of their own that closes after each test.
 */
export function usePeople(onSignedIn: (person: Person) => void = () => {}) {
  let server: DemoServer;
  let browser: Browser;
  const people: Person[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(people.splice(0).map((person) => person.context.close()));
  });
  return async function person(email: string): Promise<Person> {
    const signedIn = await signIn(browser, server, email);
    onSignedIn(signedIn);
    people.push(signedIn);
    return signedIn;
  };
}

/** The id of the demo kommun's first document of a type, as this person's API sees it. */
export async function documentIdOfType(person: Person, type: DocumentType): Promise<string> {
  const response = await person.context.request.get(`/api/documents?type=${type}`);
  expect(response.status()).toBe(200);
  const { documents } = (await response.json()) as { documents: Array<{ id: string }> };
  expect(documents.length).toBeGreaterThan(0);
  return documents[0]!.id;
}

/** Opens the document and waits until the connection badge says it is live. */
export async function openDocument(person: Person, id: string, badge = t('connection.connected')): Promise<void> {
  await person.page.goto(`/dokument/${id}`);
  await person.page.getByTestId('connection-state').filter({ hasText: badge }).waitFor();
}

export const bodyEditor = (page: Page) => page.getByRole('textbox', { name: t('editor.label') });

/** The body's text without others' caret labels. */
export const bodyText = (page: Page) =>
  bodyEditor(page).evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => {
      caret.remove();
    });
    return copy.textContent ?? '';
  });

/** The text of the body's paragraph that contains `text`, without caret labels. */
export const paragraphText = (page: Page, text: string) =>
  bodyEditor(page)
    .locator('p', { hasText: text })
    .first()
    .evaluate((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => {
      caret.remove();
    });
      return copy.textContent ?? '';
    });

/** Whether the caret is at the start or the end of the paragraph that contains `text`. */
const caretAt = (page: Page, text: string, where: 'start' | 'end') =>
  page.evaluate(
    ({ wanted, atEnd }) => {
      const selection = window.getSelection();
      const paragraph = selection?.anchorNode?.parentElement?.closest('p');
      if (!selection?.isCollapsed || !paragraph?.textContent?.includes(wanted)) return false;
      const rest = document.createRange();
      if (atEnd) {
        rest.setStart(selection.anchorNode!, selection.anchorOffset);
        rest.setEnd(paragraph, paragraph.childNodes.length);
      } else {
        rest.setStart(paragraph, 0);
        rest.setEnd(selection.anchorNode!, selection.anchorOffset);
      }
      return rest.toString().trim() === '' || rest.cloneContents().querySelector('.collaboration-carets__caret') !== null;
    },
    { wanted: text, atEnd: where === 'end' },
  );

/**
 * Puts the caret at the start or end of the body's paragraph that contains `text` (a click left of
 * its first line or right of its last), and types. A click that lands just as a remote change
 * re-renders the editor can be lost (y-prosemirror restores the selection it had before), so the
 * caret is checked and the click repeated.
 */
export async function typeInParagraph(page: Page, text: string, typed: string, where: 'start' | 'end' = 'end'): Promise<void> {
  const paragraph = bodyEditor(page).locator('p', { hasText: text }).first();
  for (let attempt = 0; attempt < 5; attempt++) {
    const box = await paragraph.boundingBox();
    if (!box) throw new Error(`no paragraph with ${text}`);
    await paragraph.click({ position: where === 'end' ? { x: box.width - 2, y: box.height - 4 } : { x: 1, y: 4 } });
    if (await caretAt(page, text, where)) break;
  }
  await page.keyboard.type(typed, { delay: 15 });
}

/**
 * Writes in the empty paragraph where a template shows the guidance `guideKey` as a hint (it is not
 * text), and waits until the body holds what was typed.
 */
export async function typeInGuide(page: Page, guideKey: MessageKey, typed: string): Promise<void> {
  await bodyEditor(page).locator(`p.template-hint[data-hint=${JSON.stringify(t(guideKey))}]`).first().click();
  await page.keyboard.type(typed, { delay: 15 });
  await waitForBodyTexts(page, [typed.trim()]);
}

/** Types at the end of the paragraph that contains `text`. */
export const typeAfter = (page: Page, text: string, typed: string) => typeInParagraph(page, text, typed, 'end');

/** Waits until the page's body editor shows every one of the texts. */
export async function waitForBodyTexts(page: Page, texts: string[], timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ({ label, wanted }) => {
      const editor = document.querySelector(`[role="textbox"][aria-label="${label}"]`);
      const shown = editor?.textContent ?? '';
      return wanted.every((text) => shown.includes(text));
    },
    { label: t('editor.label'), wanted: texts },
    { timeout },
  ).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\nwanted ${JSON.stringify(texts)}; the editor shows:\n${await bodyText(page)}`);
  });
}

export const indicatorField = (page: Page, field: string, number: number) =>
  page.getByTestId('goal').first().getByLabel(t('editor.goal.indicatorField', { field, number }), { exact: true });

export async function waitForSaved(page: Page): Promise<void> {
  await page.getByTestId('save-state').filter({ hasText: t('connection.saved') }).waitFor({ timeout: 15_000 });
}
