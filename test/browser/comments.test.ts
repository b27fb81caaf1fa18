import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { textAnchor } from '../helpers/comments';
import { bodyEditor, documentIdOfType, openDocument, usePeople } from './editor.helpers';

const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;
const COMMENTER = DEMO_USERS.find((user) => user.role === 'commenter')!;

const VISION = 'Alla barn ska ha gröna skolgårdar nära hemmet.';
const PHRASE = 'gröna skolgårdar';
const XSS = '<script>alert(1)</script>';

const panel = (page: Page) => page.getByTestId('comments-panel');
const vilje = (page: Page) => page.getByTestId('goal').last().getByRole('textbox', { name: t('goal.viljeinriktning') });
const threadById = (page: Page, id: string) => panel(page).locator(`[data-testid="thread"][data-thread-id="${id}"]`);
/** The text the thread's highlight covers (one or more inline decorations). */
const highlighted = (page: Page, id: string) =>
  page.locator(`.comment-highlight[data-thread-id="${id}"]`).allTextContents().then((parts) => parts.join(''));

/** Selects `phrase` inside the editor the way a mouse would leave it: a DOM selection ProseMirror reads. */
async function selectPhrase(editor: Locator, phrase: string): Promise<void> {
  await editor.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      if ((element as HTMLElement).isContentEditable) (element as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`no text "${wanted}" in the editor`);
  }, phrase);
}

/** Selects the phrase, presses "Kommentera" and sends the first comment; returns the new thread's id. */
async function commentOn(page: Page, editor: Locator, phrase: string, text: string, by: 'button' | 'keyboard' = 'button'): Promise<string> {
  await selectPhrase(editor, phrase);
  if (by === 'keyboard') await page.keyboard.press('Control+Alt+KeyM');
  else await panel(page).getByRole('button', { name: t('comments.comment'), exact: true }).click();
  const draft = page.getByTestId('new-thread');
  await expect.poll(() => draft.locator('blockquote').textContent()).toBe(phrase);
  await draft.getByLabel(t('comments.body')).fill(text);
  await draft.getByRole('button', { name: t('comments.send') }).click();
  await draft.waitFor({ state: 'detached' });
  const thread = panel(page).locator('[data-testid="thread"]', { hasText: text.split('\n')[0]! }).first();
  await thread.waitFor();
  return (await thread.getAttribute('data-thread-id'))!;
}

describe.skipIf(!hasChromium)(`comment threads in the browser (${driverUnderTest})`, () => {
  // A comment must never run as script: any dialog fails the test.
  const person = usePeople((signedIn) =>
    signedIn.page.on('dialog', (dialog) => {
      throw new Error(`unexpected dialog: ${dialog.message()}`);
    }),
  );

  it("comments on a goal's viljeinriktning: live for the other, the anchor follows edits, reply, resolve, reload, commenter", async () => {
    const [lars, sara] = await Promise.all([person(POLITICIAN.email), person(OFFICIAL.email)]);
    const id = await documentIdOfType(lars, 'mal');
    await Promise.all([openDocument(lars, id), openDocument(sara, id)]);

    // Lars adds a goal and writes its viljeinriktning; Sara sees it.
    await lars.page.getByTestId('goals').getByRole('button', { name: t('goal.add') }).click();
    await vilje(lars.page).click();
    await lars.page.keyboard.type(VISION, { delay: 5 });
    await expect.poll(() => vilje(sara.page).textContent(), { timeout: 10_000 }).toBe(VISION);

    // Lars comments on the phrase and mentions Sara with the @ picker.
    await selectPhrase(vilje(lars.page), PHRASE);
    await panel(lars.page).getByRole('button', { name: t('comments.comment'), exact: true }).click();
    const draft = lars.page.getByTestId('new-thread');
    await expect.poll(() => draft.locator('blockquote').textContent()).toBe(PHRASE);
    const body = draft.getByLabel(t('comments.body'));
    await body.pressSequentially(`Hur många skolgårdar gäller det? @${OFFICIAL.name.slice(0, 3)}`, { delay: 5 });
    await draft.getByRole('button', { name: t('comments.mention.pick', { name: OFFICIAL.name }) }).click();
    await expect.poll(() => body.inputValue()).toContain(`@${OFFICIAL.name}`);
    await draft.getByRole('button', { name: t('comments.send') }).click();
    await draft.waitFor({ state: 'detached' });
    const first = panel(lars.page).getByTestId('thread').first();
    await first.waitFor();
    const threadId = (await first.getAttribute('data-thread-id'))!;
    await expect.poll(() => highlighted(lars.page, threadId)).toBe(PHRASE);

    // Sara sees the thread and the highlight without reloading.
    await threadById(sara.page, threadId).waitFor({ timeout: 5_000 });
    await expect.poll(() => threadById(sara.page, threadId).getByTestId('thread-quote').textContent()).toBe(PHRASE);
    await expect.poll(() => highlighted(sara.page, threadId), { timeout: 5_000 }).toBe(PHRASE);
    await expect.poll(() => threadById(sara.page, threadId).getByTestId('comment').first().innerText()).toContain('Hur många skolgårdar gäller det?');

    // Sara types before the phrase: the highlight still covers exactly the phrase, for both.
    await vilje(sara.page).locator('p').first().click({ position: { x: 1, y: 4 } });
    await sara.page.keyboard.press('Home');
    await sara.page.keyboard.type('Mål: ', { delay: 10 });
    for (const { page } of [lars, sara]) {
      await expect.poll(() => vilje(page).textContent(), { timeout: 10_000 }).toBe(`Mål: ${VISION}`);
      await expect.poll(() => highlighted(page, threadId)).toBe(PHRASE);
    }

    // A click on the highlighted words makes their thread the active one; "Visa i texten" selects the words.
    await sara.page.locator(`.comment-highlight[data-thread-id="${threadId}"]`).first().click();
    await expect.poll(() => threadById(sara.page, threadId).getAttribute('class')).toContain('is-active');
    await threadById(lars.page, threadId).getByRole('button', { name: t('comments.showInText') }).click();
    await expect.poll(() => lars.page.evaluate(() => window.getSelection()?.toString())).toBe(PHRASE);

    // Sara replies (a reply with markup that must stay text, and a link); Lars sees it.
    const saraThread = threadById(sara.page, threadId);
    await saraThread.getByRole('button', { name: t('comments.reply') }).click();
    await saraThread.getByLabel(t('comments.replyLabel', { name: POLITICIAN.name })).fill(`Tre stycken. ${XSS}\nSe https://example.org/parker`);
    await saraThread.getByRole('button', { name: t('comments.send') }).click();
    const larsThread = threadById(lars.page, threadId);
    await expect.poll(() => larsThread.getByTestId('comment').count(), { timeout: 5_000 }).toBe(2);
    for (const { page } of [lars, sara]) {
      const reply = threadById(page, threadId).getByTestId('comment').nth(1);
      await expect.poll(() => reply.locator('.comment-text').textContent()).toBe(`Tre stycken. ${XSS}\nSe https://example.org/parker`);
      expect(await reply.locator('script').count()).toBe(0);
      expect(await reply.getByRole('link', { name: 'https://example.org/parker' }).getAttribute('href')).toBe('https://example.org/parker');
    }

    // Lars resolves; Sara sees it resolved (gone from Öppna, under Lösta with who resolved it).
    await larsThread.getByRole('button', { name: t('comments.resolve') }).click();
    await panel(lars.page).getByRole('status').filter({ hasText: t('comments.resolvedDone') }).waitFor();
    await panel(lars.page).getByLabel(t('comments.filter.resolved'), { exact: true }).check();
    await larsThread.getByTestId('thread-resolved').waitFor();
    await threadById(sara.page, threadId).waitFor({ state: 'detached', timeout: 5_000 });
    await panel(sara.page).getByLabel(t('comments.filter.resolved'), { exact: true }).check();
    await expect.poll(() => threadById(sara.page, threadId).getByTestId('thread-resolved').textContent(), { timeout: 5_000 }).toContain(POLITICIAN.name);

    // Sara was mentioned: the header counts it and "Att läsa" lists it.
    await expect.poll(() => sara.page.getByTestId('mentions-link').textContent(), { timeout: 10_000 }).toContain('1');

    // Axe on the page with the panel open, and a picture of the panel (Lars, all threads).
    await panel(lars.page).getByLabel(t('comments.filter.all'), { exact: true }).check();
    expect(await axeViolations(lars.page)).toEqual([]);
    mkdirSync('test-output', { recursive: true });
    await panel(lars.page).screenshot({ path: 'test-output/comments-panel.png' });
    await lars.page.screenshot({ path: 'test-output/comments-page.png' });

    // A reload keeps the thread, both comments and the resolution.
    await lars.page.reload();
    await lars.page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    await panel(lars.page).getByLabel(t('comments.filter.resolved'), { exact: true }).check();
    await expect.poll(() => threadById(lars.page, threadId).getByTestId('comment').count(), { timeout: 10_000 }).toBe(2);
    expect(await threadById(lars.page, threadId).getByTestId('thread-resolved').textContent()).toContain(POLITICIAN.name);
    expect(await threadById(lars.page, threadId).getByTestId('comment').nth(1).locator('.comment-text').textContent()).toContain(XSS);

    // "Att läsa" for Sara: the mention, a link to the document, marked read.
    await sara.page.getByTestId('mentions-link').click();
    const mention = sara.page.getByTestId('mention').first();
    await mention.waitFor();
    expect(await mention.innerText()).toContain(POLITICIAN.name);
    await mention.getByRole('button', { name: t('mentions.markRead') }).click();
    await expect.poll(() => sara.page.getByTestId('mentions-link').textContent()).toBe(t('mentions.nav'));
    expect(await axeViolations(sara.page)).toEqual([]);

    // The commenter may comment, though the text is not editable for her.
    const olga = await person(COMMENTER.email);
    await olga.page.goto(`/dokument/${id}`);
    await vilje(olga.page).waitFor();
    await expect.poll(() => vilje(olga.page).textContent(), { timeout: 10_000 }).toBe(`Mål: ${VISION}`);
    expect(await bodyEditor(olga.page).getAttribute('contenteditable')).toBe('false');
    expect(await vilje(olga.page).getAttribute('contenteditable')).toBe('false');
    // Her banner says what she may do, and how, not only that she cannot edit.
    await olga.page.getByTestId('read-only-notice').filter({ hasText: t('editor.readOnly.roleComment') }).waitFor();
    const olgaThread = await commentOn(olga.page, vilje(olga.page), 'nära hemmet', 'Vad menas med nära?');
    await expect.poll(() => highlighted(olga.page, olgaThread)).toBe('nära hemmet');
    await expect.poll(() => highlighted(lars.page, olgaThread), { timeout: 5_000 }).toBe('nära hemmet');

    // …and on the whole goal (a goal anchor, quoting the goal's name).
    await olga.page.getByTestId('goal').last().getByRole('button', { name: new RegExp(`^${t('comments.commentGoal')}`) }).click();
    const goalDraft = olga.page.getByTestId('new-thread');
    await goalDraft.getByLabel(t('comments.body')).fill('Målet saknar mått.');
    await goalDraft.getByRole('button', { name: t('comments.send') }).click();
    await goalDraft.waitFor({ state: 'detached' });
    await panel(olga.page).locator('[data-testid="thread"]', { hasText: 'Målet saknar mått.' }).waitFor();
    await panel(lars.page).getByLabel(t('comments.filter.open'), { exact: true }).check();
    await panel(lars.page).locator('[data-testid="thread"]', { hasText: 'Målet saknar mått.' }).waitFor({ timeout: 5_000 });

    // The document list counts the open threads.
    await lars.page.goto('/');
    await expect.poll(() => lars.page.getByTestId('document-row').filter({ has: lars.page.locator(`a[href="/dokument/${id}"]`) }).getByTestId('open-threads').textContent(), { timeout: 10_000 }).toBe(
      t('comments.openCount', { count: 2 }),
    );
  }, 120_000);

  it('keeps "Att läsa" and its count live: a new mention shows without a reload, and reading it in one tab clears the count in the other', async () => {
    const [sara, lars] = await Promise.all([person(OFFICIAL.email), person(POLITICIAN.email)]);
    await sara.page.goto('/att-lasa');
    await sara.page.getByRole('heading', { level: 1, name: t('mentions.heading') }).waitFor();
    const other = await sara.context.newPage();
    await other.goto('/');
    const saraId = ((await (await sara.context.request.get('/api/me')).json()) as { user: { id: string } }).user.id;
    const documentId = await documentIdOfType(lars, 'omvarldsanalys');
    const created = await lars.context.request.post(`/api/documents/${documentId}/threads`, {
      data: { anchor: textAnchor(), body: 'Sara, kan du titta på det här inför omvärldsdagen?', mentions: [saraId] },
    });
    expect(created.status(), await created.text()).toBe(201);
    // No reload and no page change: the server's word through the inbox room.
    const fresh = sara.page.getByTestId('mention').filter({ hasText: 'inför omvärldsdagen' });
    await fresh.waitFor({ timeout: 5_000 });
    expect(await fresh.innerText()).toContain(POLITICIAN.name);
    for (const page of [sara.page, other]) await expect.poll(() => page.getByTestId('mentions-link').textContent(), { timeout: 5_000 }).toBe(t('mentions.navUnread', { count: 1 }));
    await fresh.getByRole('button', { name: t('mentions.markRead') }).click();
    await expect.poll(() => other.getByTestId('mentions-link').textContent(), { timeout: 5_000 }).toBe(t('mentions.nav'));
  });

  it('keeps a thread whose words are deleted, marked "texten är borttagen" with the quote', async () => {
    const sara = await person(OFFICIAL.email);
    const id = await documentIdOfType(sara, 'omvarldsanalys');
    await openDocument(sara, id);
    const editor = bodyEditor(sara.page);
    await editor.locator('p').first().click();
    await sara.page.keyboard.press('End');
    await sara.page.keyboard.type(' Borttagbar fras här.', { delay: 5 });
    const threadId = await commentOn(sara.page, editor, 'Borttagbar fras', 'Stryk detta?', 'keyboard');
    await expect.poll(() => highlighted(sara.page, threadId)).toBe('Borttagbar fras');

    // Delete the whole phrase (select it and type over nothing).
    await selectPhrase(editor, 'Borttagbar fras');
    await sara.page.keyboard.press('Backspace');
    await threadById(sara.page, threadId).getByTestId('thread-gone').waitFor({ timeout: 5_000 });
    expect(await threadById(sara.page, threadId).getByTestId('thread-gone').innerText()).toContain('Borttagbar fras');
    expect(await sara.page.locator(`.comment-highlight[data-thread-id="${threadId}"]`).count()).toBe(0);
  }, 60_000);
});
