import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { bodyEditor, bodyText, documentIdOfType, indicatorField, openDocument, paragraphText, typeAfter, typeInGuide, typeInParagraph, usePeople, waitForBodyTexts, waitForSaved } from './editor.helpers';

const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;
const VIEWER = DEMO_USERS.find((user) => user.role === 'viewer')!;

describe.skipIf(!hasChromium)(`editing a document together in the browser (${driverUnderTest})`, () => {
  const person = usePeople();

  it('two people type in one paragraph and in two indicators of one goal; both see everything and each other', async () => {
    const [lars, sara] = await Promise.all([person(POLITICIAN.email), person(OFFICIAL.email)]);
    const id = await documentIdOfType(lars, 'mal');
    await Promise.all([openDocument(lars, id), openDocument(sara, id)]);

    // Two indicators on the first goal; each person fills in one of them at the same time.
    const addIndicator = lars.page.getByTestId('goal').first().getByRole('button', { name: t('goal.indicator.add') });
    await addIndicator.click();
    await addIndicator.click();
    await indicatorField(sara.page, t('goal.indicator.name'), 2).waitFor();
    await Promise.all([
      indicatorField(lars.page, t('goal.indicator.name'), 1).pressSequentially('Andel behöriga lärare', { delay: 10 }),
      indicatorField(sara.page, t('goal.indicator.name'), 2).pressSequentially('Elever med godkända betyg', { delay: 10 }),
    ]);

    // Both type in the same paragraph at once: one at its end, the other at its start.
    await typeInGuide(lars.page, 'template.mal.introGuide', 'Målen gäller Barn- och utbildningsnämnden 2027–2030.');
    const paragraph = 'Målen gäller Barn';
    await waitForBodyTexts(sara.page, [paragraph]);
    await Promise.all([typeAfter(lars.page, paragraph, ' Lars skriver.'), typeInParagraph(sara.page, paragraph, 'Sara skriver. ', 'start')]);
    for (const { page } of [lars, sara]) {
      await waitForBodyTexts(page, ['Lars skriver.', 'Sara skriver.']);
      await expect(paragraphText(page, paragraph)).resolves.toMatch(/^Sara skriver\. Målen gäller .* Lars skriver\.$/);
      await expect.poll(() => indicatorField(page, t('goal.indicator.name'), 1).inputValue()).toBe('Andel behöriga lärare');
      await expect.poll(() => indicatorField(page, t('goal.indicator.name'), 2).inputValue()).toBe('Elever med godkända betyg');
    }
    expect(await paragraphText(lars.page, paragraph)).toBe(await paragraphText(sara.page, paragraph));
    // Each sees the other's caret by name, and the other in the presence list.
    await lars.page.locator('.collaboration-carets__label', { hasText: OFFICIAL.name }).waitFor();
    await sara.page.locator('.collaboration-carets__label', { hasText: POLITICIAN.name }).waitFor();
    await expect.poll(() => lars.page.getByTestId('presence').innerText()).toContain(OFFICIAL.name);
    await expect.poll(() => sara.page.getByTestId('presence').innerText()).toContain(POLITICIAN.name);
    await Promise.all([waitForSaved(lars.page), waitForSaved(sara.page)]);
    mkdirSync('test-output', { recursive: true });
    await lars.page.screenshot({ path: 'test-output/editor-two-users.png' });
    expect(await axeViolations(lars.page)).toEqual([]);

    // A reload shows everything (from the server and the local copy alike).
    await lars.page.reload();
    await lars.page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    await waitForBodyTexts(lars.page, ['Lars skriver.', 'Sara skriver.']);
    await expect.poll(() => indicatorField(lars.page, t('goal.indicator.name'), 2).inputValue()).toBe('Elever med godkända betyg');
  }, 60_000);

  it('keeps editing offline and converges once back online', async () => {
    const [lars, sara] = await Promise.all([person(POLITICIAN.email), person(OFFICIAL.email)]);
    const id = await documentIdOfType(lars, 'omvarldsanalys');
    await Promise.all([openDocument(lars, id), openDocument(sara, id)]);
    await typeInGuide(lars.page, 'template.omvarldsanalys.introGuide', 'Syftet är att blicka framåt.');
    await waitForBodyTexts(sara.page, ['Syftet är att blicka framåt.']);

    await sara.context.setOffline(true);
    await sara.page.getByTestId('connection-state').filter({ hasText: t('connection.offline') }).waitFor();
    await typeAfter(sara.page, 'Syftet är att blicka', ' Skrivet utan nät.');
    await typeAfter(lars.page, 'Syftet är att blicka', ' Skrivet med nät.');
    await waitForBodyTexts(lars.page, ['Skrivet med nät.']);
    expect(await bodyText(lars.page)).not.toContain('Skrivet utan nät.');

    await sara.context.setOffline(false);
    await sara.page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor({ timeout: 20_000 });
    for (const { page } of [lars, sara]) await waitForBodyTexts(page, ['Skrivet utan nät.', 'Skrivet med nät.']);
    await Promise.all([waitForSaved(lars.page), waitForSaved(sara.page)]);
    expect(await bodyText(lars.page)).toBe(await bodyText(sara.page));
  }, 60_000);

  it('shows a viewer the document live but read-only, and says why', async () => {
    const [lars, birgitta] = await Promise.all([person(POLITICIAN.email), person(VIEWER.email)]);
    const id = await documentIdOfType(lars, 'mal');
    await openDocument(lars, id);
    await openDocument(birgitta, id, t('connection.readOnly'));
    await birgitta.page.getByTestId('read-only-notice').filter({ hasText: t('editor.readOnly.role') }).waitFor();
    await expect(bodyEditor(birgitta.page).getAttribute('contenteditable')).resolves.toBe('false');
    expect(await birgitta.page.getByRole('toolbar', { name: t('editor.toolbar') }).count()).toBe(0);

    const before = await bodyText(birgitta.page);
    await bodyEditor(birgitta.page).locator('p').first().click();
    await birgitta.page.keyboard.type('Revisorn skriver');
    expect(await bodyText(birgitta.page)).toBe(before);

    // Another paragraph than the first test's (the demo document is shared by the tests of this file).
    await typeInGuide(lars.page, 'template.mal.followUpGuide', 'Syns för revisorn.');
    await waitForBodyTexts(birgitta.page, ['Syns för revisorn.']);
    await expect.poll(() => lars.page.getByTestId('presence').innerText()).toContain(VIEWER.name);
    expect(await axeViolations(birgitta.page)).toEqual([]);
  });

  it('formats by keyboard from the toolbar: one tab stop, arrow keys, pressed states', async () => {
    const sara = await person(OFFICIAL.email);
    const id = await documentIdOfType(sara, 'resultatdialog');
    await openDocument(sara, id);
    const { page } = sara;
    await typeInGuide(page, 'template.resultatdialog.aboutGuide', 'Dialogen ');
    await page.keyboard.press('Shift+Tab');
    const toolbar = page.getByRole('toolbar', { name: t('editor.toolbar') });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(t('editor.heading', { level: 1 }));
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(t('editor.bold'));
    await page.keyboard.press('Enter'); // bold on; the caret goes back to the text
    await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, t('editor.label'));
    await page.keyboard.type('Fetstilt');
    await bodyEditor(page).locator('strong', { hasText: 'Fetstilt' }).waitFor({ timeout: 5000 });
    await expect(toolbar.getByRole('button', { name: t('editor.bold') }).getAttribute('aria-pressed')).resolves.toBe('true');
    // Guidance is a hint, not italic text, so what is written where it stood is upright.
    await expect(toolbar.getByRole('button', { name: t('editor.italic') }).getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
  });
});
