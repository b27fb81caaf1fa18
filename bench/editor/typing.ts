import type { Browser, Page } from 'playwright-core';
import { t } from '../../shared/i18n';
import { launchBrowser } from '../../test/helpers/browser';
import { logInThroughForm, startDemoServer, type DemoServer } from '../../test/helpers/demo-server';

/** Each list sorted ascending. */
export interface TypingFigures {
  /** Keydown → the next frame after the typist's own editor shows the character (ms). */
  local: number[];
  /** Keydown in the typist's browser → the character in another browser's editor (ms, wall clock). */
  remote: number[];
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: t('editor.label') });

async function openAs(browser: Browser, server: DemoServer, email: string, documentId: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await logInThroughForm(page, email);
  await page.waitForURL(`${server.url}/`);
  await page.goto(`/dokument/${documentId}`);
  await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
  return page;
}

/** Puts the caret at the end of the body and types a word, so this person's caret shows for the others. */
async function placeCaret(page: Page, word: string): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(word);
}

/**
 * Typing delay in the real editor with two remote carets: a politician types `characters` keys one at a
 * time into a måldokument that two officials also have open (their carets in the text); each key's
 * delay is measured inside the browsers (keydown timestamp → mutation of the editor, then the next
 * animation frame), not from the driver, so the harness's round trips are not counted.
 */
export async function typingDelay(characters = 120): Promise<TypingFigures> {
  const [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  try {
    const probe = await browser.newContext({ baseURL: server.url });
    const probePage = await probe.newPage();
    await logInThroughForm(probePage, 'politiker@exempelkommun.se');
    await probePage.waitForURL(`${server.url}/`);
    const listing = (await (await probe.request.get('/api/documents?type=mal')).json()) as { documents: Array<{ id: string }> };
    const documentId = listing.documents[0]!.id;
    await probe.close();

    const typist = await openAs(browser, server, 'politiker@exempelkommun.se', documentId);
    const others = await Promise.all(['tjansteperson@exempelkommun.se', 'processledare@exempelkommun.se'].map((email) => openAs(browser, server, email, documentId)));
    await Promise.all(others.map((page, index) => placeCaret(page, ` Kommentar ${index + 1}.`)));
    await placeCaret(typist, ' ');

    const label = t('editor.label');
    await typist.evaluate((label) => {
      const state = window as unknown as { keyTimes: number[]; localDelays: number[] };
      state.keyTimes = [];
      state.localDelays = [];
      const editor = document.querySelector(`[aria-label="${label}"]`)!;
      editor.addEventListener('keydown', () => state.keyTimes.push(performance.now()), { capture: true });
      new MutationObserver(() => {
        const started = state.keyTimes[state.localDelays.length];
        if (started === undefined) return;
        requestAnimationFrame(() => state.localDelays.push(performance.now() - started));
      }).observe(editor, { characterData: true, childList: true, subtree: true });
    }, label);
    const marker = 'x';
    await others[0]!.evaluate(({ wanted, label }) => {
      const state = window as unknown as { arrivals: number[] };
      state.arrivals = [];
      const editor = document.querySelector(`[aria-label="${label}"]`)!;
      let seen = (editor.textContent ?? '').split(wanted).length - 1;
      new MutationObserver(() => {
        const count = (editor.textContent ?? '').split(wanted).length - 1;
        for (; seen < count; seen += 1) state.arrivals.push(Date.now());
      }).observe(editor, { characterData: true, childList: true, subtree: true });
    }, { wanted: marker, label });

    const sentAt: number[] = [];
    for (let index = 0; index < characters; index += 1) {
      sentAt.push(Date.now());
      await typist.keyboard.press(marker);
      await typist.waitForTimeout(40); // about 25 keys a second: a fast typist
    }
    await others[0]!.waitForFunction((count) => (window as unknown as { arrivals: number[] }).arrivals.length >= count, characters, { timeout: 30_000 });

    const local = await typist.evaluate(() => (window as unknown as { localDelays: number[] }).localDelays);
    const arrivals = await others[0]!.evaluate(() => (window as unknown as { arrivals: number[] }).arrivals);
    // Wall-clock send time is taken just before the driver's key press reaches the page: it includes the
    // driver's own hop, so the remote figure is an upper bound.
    const remote = arrivals.slice(0, characters).map((arrived, index) => arrived - sentAt[index]!);
    const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
    return { local: ascending(local.slice(0, characters)), remote: ascending(remote) };
  } finally {
    await browser.close();
    await server.stop();
  }
}
