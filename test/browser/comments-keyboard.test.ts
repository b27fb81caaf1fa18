import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { bodyEditor, documentIdOfType, openDocument, usePeople, waitForBodyTexts } from './editor.helpers';

const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const COMMENTER = DEMO_USERS.find((user) => user.role === 'commenter')!;

const BODY_TEXT = ' Varje barn ska ha en Trygg skolväg. Fler barn ska ha en trygg skolväg nära hemmet.';
const VISION = 'En trygg skolväg för alla barn.';
const PHRASE = 'trygg skolväg';

const panel = (page: Page) => page.getByTestId('comments-panel');
const findForm = (page: Page) => page.getByTestId('find-text');
const vilje = (page: Page) => page.getByTestId('goal').last().getByRole('textbox', { name: t('goal.viljeinriktning') });
const threadById = (page: Page, id: string) => panel(page).locator(`[data-testid="thread"][data-thread-id="${id}"]`);
const highlighted = (page: Page, id: string) =>
  page.locator(`.comment-highlight[data-thread-id="${id}"]`).allTextContents().then((parts) => parts.join(''));
/** The text of the highlight's paragraph before the highlight: which occurrence of the phrase it covers. */
const textBeforeHighlight = (page: Page, id: string) =>
  page.locator(`.comment-highlight[data-thread-id="${id}"]`).first().evaluate((mark) => {
    const range = document.createRange();
    range.setStart(mark.closest('p')!, 0);
    range.setEndBefore(mark);
    return range.toString();
  });

/** What has keyboard focus: its role or tag, its text or label, and whether it is checked. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', text: '', checked: false, inPanel: false };
    const label = element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? '') : (element.textContent ?? '');
    return {
      tag: element.tagName.toLowerCase() + (element instanceof HTMLInputElement ? `:${element.type}` : ''),
      text: label.trim(),
      checked: element instanceof HTMLInputElement && element.checked,
      inPanel: element.closest('[data-testid="comments-panel"]') !== null,
    };
  });

/** Presses Tab until the focused element is the wanted one (as a keyboard user would). */
async function tabTo(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, most = 200): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the element; focus is on ${JSON.stringify(await focused(page))}`);
}

describe.skipIf(!hasChromium)(`commenting by keyboard alone, on read-only text (${driverUnderTest})`, () => {
  const person = usePeople();

  it('a commenter finds a phrase by typing, picks the second match with the arrow keys and starts a thread on it', async () => {
    const [lars, ahmed] = await Promise.all([person(POLITICIAN.email), person(COMMENTER.email)]);
    const id = await documentIdOfType(lars, 'mal');
    await Promise.all([openDocument(lars, id), openDocument(ahmed, id, t('connection.readOnly'))]);

    // Lars writes the phrase twice in the body and once in a goal's viljeinriktning.
    await bodyEditor(lars.page).locator('p').first().click();
    await lars.page.keyboard.press('End');
    await lars.page.keyboard.type(BODY_TEXT, { delay: 5 });
    await lars.page.getByTestId('goals').getByRole('button', { name: t('goal.add') }).click();
    await vilje(lars.page).click();
    await lars.page.keyboard.type(VISION, { delay: 5 });
    await waitForBodyTexts(ahmed.page, [BODY_TEXT.trim()]);
    await expect.poll(() => vilje(ahmed.page).textContent(), { timeout: 10_000 }).toBe(VISION);

    // Ahmed may comment but not edit: the text cannot take focus. From here on, only the keyboard.
    expect(await bodyEditor(ahmed.page).getAttribute('contenteditable')).toBe('false');
    const page = ahmed.page;
    await tabTo(page, (f) => f.inPanel && f.tag === 'button' && f.text === t('comments.comment'));
    await page.keyboard.press('Enter');
    await findForm(page).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input:text', text: t('comments.find.label') });

    // Typing lists the matches (case-insensitive), body first, with context and where they are.
    await page.keyboard.type('TRYGG skolväg', { delay: 10 });
    const matches = findForm(page).getByTestId('find-match');
    await expect.poll(() => matches.count()).toBe(3);
    await expect.poll(() => findForm(page).getByRole('status').textContent()).toBe(t('comments.find.count', { count: 3 }));
    const listed = await matches.allInnerTexts();
    expect(listed[0]).toContain(t('comments.find.inBody'));
    expect(listed[0]).toContain('en Trygg skolväg.');
    expect(listed[1]).toContain('Fler barn ska ha en trygg skolväg nära hemmet.');
    expect(listed[2]).toContain(t('comments.find.inGoal', { name: '' }).trim());
    expect(await findForm(page).locator('mark').allTextContents()).toEqual(['Trygg skolväg', 'trygg skolväg', 'trygg skolväg']);
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync('test-output', { recursive: true });
    await panel(page).screenshot({ path: 'test-output/comments-find.png' });

    // Tab reaches the chosen (first) match; arrow down chooses the second; Enter takes it.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input:radio', checked: true });
    expect((await focused(page)).text).toContain('en Trygg skolväg.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input:radio', checked: true });
    expect((await focused(page)).text).toContain('Fler barn ska ha en trygg skolväg');
    await page.keyboard.press('Enter');

    // The thread's form follows, as on a selection: the quote, focus in the comment.
    const draft = page.getByTestId('new-thread');
    await expect.poll(() => draft.locator('blockquote').textContent()).toBe(PHRASE);
    await findForm(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'textarea', inPanel: true });
    await page.keyboard.type('Gäller det även vintertid?', { delay: 5 });
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: t('comments.send') });
    await page.keyboard.press('Enter');
    await draft.waitFor({ state: 'detached' });

    // The thread quotes the phrase and highlights exactly its second occurrence, for Ahmed and live for Lars.
    const thread = panel(page).locator('[data-testid="thread"]', { hasText: 'Gäller det även vintertid?' }).first();
    await thread.waitFor();
    const threadId = (await thread.getAttribute('data-thread-id'))!;
    expect(await thread.getByTestId('thread-quote').textContent()).toBe(PHRASE);
    for (const { page: seen } of [ahmed, lars]) {
      await expect.poll(() => highlighted(seen, threadId), { timeout: 5_000 }).toBe(PHRASE);
      expect(await textBeforeHighlight(seen, threadId)).toMatch(/Fler barn ska ha en $/u);
    }
    await expect.poll(() => threadById(lars.page, threadId).getByTestId('thread-quote').textContent(), { timeout: 5_000 }).toBe(PHRASE);
    await expect.poll(() => threadById(lars.page, threadId).getByTestId('comment').first().innerText()).toContain('Gäller det även vintertid?');

    // Ctrl+Alt+M works from anywhere with nothing selected; Escape closes the search and returns to "Kommentera".
    await page.keyboard.press('Control+Alt+KeyM');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input:text', text: t('comments.find.label') });
    await page.keyboard.press('Escape');
    await findForm(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: t('comments.comment'), inPanel: true });
  }, 90_000);
});
