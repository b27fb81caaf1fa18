import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatSwedishNumber } from '../../shared/goals/numbers';
import { t } from '../../shared/i18n';
import { compactSummary } from '../../shared/goals/follow-up-labels';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { openDocument, usePeople, waitForSaved, type Person } from './editor.helpers';
import { bodyIdByName, lockedGoalDocument } from './follow-up.helpers';

const KF = 'Kommunfullmäktige';
// The demo kommun has BUN's and SN's goals and uppföljningar already: this nämnd has none.
const BMN = 'Bygg- och miljönämnden';
const KF_GOAL = 'Barn och unga lyckas i skolan';
const GOALS = ['Fler elever når kunskapskraven', 'Tryggare skolmiljö', 'Fler behöriga lärare'];
const SPLIT = 'Andel elever med godkända betyg';
const PLAIN = 'Andel elever som känner sig trygga';

const goalBlock = (page: Page, number: number) => page.getByRole('article', { name: `${number}. ${GOALS[number - 1]}`, exact: true });
const figure = (block: Locator, key: 'total' | 'women' | 'men', indicator: string) => block.getByRole('textbox', { name: `${t(`indicator.${key}`)} ${indicator}`, exact: true });
const radio = (block: Locator, assessment: 'helt' | 'delvis' | 'ej' | 'ej_bedomd') => block.getByRole('radio', { name: t(`assessment.${assessment}`), exact: true });
const counts = (page: Page, text: string) => page.getByTestId('follow-up-counts').filter({ hasText: text }).waitFor({ timeout: 10_000 });
const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? null);

describe.skipIf(!hasChromium)(`an uppföljning in the browser (${driverUnderTest})`, () => {
  const person = usePeople();
  let politician: Person;
  let official: Person;
  let facilitator: Person;
  let bmnId: string;

  beforeAll(async () => {
    const setup = await person('processledare@exempelkommun.se');
    const author = await person('politiker@exempelkommun.se');
    const origin = new URL(setup.page.url()).origin;
    const [kf, bmn] = [{ id: await bodyIdByName(setup.context.request, KF), name: KF }, { id: await bodyIdByName(setup.context.request, BMN), name: BMN }];
    bmnId = bmn.id;
    const [kfGoal] = await lockedGoalDocument(author, setup, origin, kf, 'Kommunövergripande mål 2027–2030', [{ title: KF_GOAL, level: 'kf' }]);
    await lockedGoalDocument(
      author,
      setup,
      origin,
      bmn,
      'BMN:s mål 2027–2030',
      [
        { title: GOALS[0]!, level: 'namnd', viljeinriktning: 'Varje elev ska få det stöd som behövs.', indicator: { name: SPLIT, unit: '%', baseline: 78, target2027: 85, genderSplit: true } },
        { title: GOALS[1]!, level: 'namnd', indicator: { name: PLAIN, unit: '', baseline: 'Enkät 2025: 71 procent', target2027: '80 procent', genderSplit: false } },
        { title: GOALS[2]!, level: 'namnd' },
      ],
      kfGoal,
    );
  }, 60_000);

  it('is filled live by a politician and an official, counted on both pages, and fastställd only once every goal is assessed', async () => {
    [politician, official, facilitator] = await Promise.all([person('politiker@exempelkommun.se'), person('tjansteperson@exempelkommun.se'), person('processledare@exempelkommun.se')]);
    const created = await official.context.request.post('/api/follow-ups', { data: { bodyId: bmnId, period: '2027-delarsrapport' } });
    expect(created.status()).toBe(201);
    const { documentId } = (await created.json()) as { documentId: string };
    await Promise.all([openDocument(politician, documentId), openDocument(official, documentId)]);
    const [lars, sara] = [politician.page, official.page];

    // The goal as fastställd, read-only: parent, viljeinriktning, baseline and the year's target.
    const first = goalBlock(lars, 1);
    await first.getByText(t('followUp.block.parent', { title: KF_GOAL, document: 'Kommunövergripande mål 2027–2030', version: 1 })).waitFor();
    await first.getByText('Varje elev ska få det stöd som behövs.').waitFor();
    await first.getByText(`${t('indicator.total')} ${formatSwedishNumber(78, '%')} (2025)`).waitFor();
    await first.getByText(`${t('indicator.total')} ${formatSwedishNumber(85, '%')}`).waitFor();
    await goalBlock(lars, 2).getByText('Enkät 2025: 71 procent').waitFor();
    await first.getByRole('group', { name: `${t('followUp.assessment.legendForecast')} 1. ${GOALS[0]}` }).waitFor();
    await counts(lars, `${t('followUp.counts.main', { helt: 0, delvis: 0, ej: 0, total: 3, goals: 'nämndmål' })}. ${t('followUp.counts.saknas', { count: 3 })}.`);
    // The könsuppdelad indicator has Kvinnor / Män / Totalt, the other only Totalt.
    await figure(first, 'women', SPLIT).waitFor();
    expect(await goalBlock(lars, 2).getByRole('textbox', { name: `${t('indicator.women')} ${PLAIN}` }).count()).toBe(0);

    // Keyboard: typing a figure, then Tab from the indicator's note lands on the bedömning, and the arrows choose.
    await figure(first, 'total', SPLIT).click();
    await lars.keyboard.type('82,5');
    await first.getByRole('textbox', { name: `${t('followUp.outcome.note')} ${SPLIT}`, exact: true }).focus();
    await lars.keyboard.press('Tab');
    expect(await focusedValue(lars)).toBe('helt');
    await lars.keyboard.press('ArrowRight');
    expect(await radio(first, 'delvis').isChecked()).toBe(true);
    await lars.keyboard.press('ArrowLeft');
    expect(await radio(first, 'helt').isChecked()).toBe(true);

    // The official assesses another goal at the same time, and sees the politician's figure the Swedish way, with its unit.
    await radio(goalBlock(sara, 2), 'delvis').check();
    await expect.poll(() => figure(goalBlock(sara, 1), 'total', SPLIT).inputValue(), { timeout: 10_000 }).toBe(formatSwedishNumber(82.5, '%'));
    expect(await radio(goalBlock(sara, 1), 'helt').isChecked()).toBe(true);
    const twoAssessed = `${t('followUp.counts.main', { helt: 1, delvis: 1, ej: 0, total: 3, goals: 'nämndmål' })}. ${t('followUp.counts.saknas', { count: 1 })}.`;
    await Promise.all([counts(lars, twoAssessed), counts(sara, twoAssessed)]);

    // A figure that is not a number: the app's own error tied to the field, and nothing stored.
    const bad = figure(goalBlock(sara, 2), 'total', PLAIN);
    await bad.click();
    await sara.keyboard.type('tolv');
    await sara.keyboard.press('Tab');
    const error = goalBlock(sara, 2).getByText(t('indicator.error.notANumber'));
    await error.waitFor();
    expect(await bad.getAttribute('aria-invalid')).toBe('true');
    expect(await bad.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await figure(goalBlock(lars, 2), 'total', PLAIN).inputValue()).toBe('');

    // Rich text: the analysis reaches the other page.
    await goalBlock(lars, 1).getByRole('textbox', { name: new RegExp(`^${t('followUp.analysis')}`) }).click();
    await lars.keyboard.type('Fler elever fick stöd tidigt.', { delay: 10 });
    await goalBlock(sara, 1).getByText('Fler elever fick stöd tidigt.').waitFor({ timeout: 10_000 });
    expect(await axeViolations(sara)).toEqual([]);
    expect(await axeViolations(lars)).toEqual([]);
    await sara.getByTestId('follow-up').screenshot({ path: 'test-output/follow-up.png' });
    await Promise.all([waitForSaved(lars), waitForSaved(sara)]);

    // Someone who may only read sees it all, and can change none of it.
    const reader = await person('revisor@exempelkommun.se');
    await openDocument(reader, documentId, t('connection.readOnly'));
    const read = goalBlock(reader.page, 1);
    await expect.poll(() => figure(read, 'total', SPLIT).inputValue()).toBe(formatSwedishNumber(82.5, '%'));
    expect(await figure(read, 'total', SPLIT).isDisabled()).toBe(true);
    expect(await radio(read, 'helt').isChecked()).toBe(true);
    expect(await radio(read, 'delvis').isDisabled()).toBe(true);
    expect(await read.getByRole('textbox', { name: new RegExp(`^${t('followUp.analysis')}`) }).getAttribute('contenteditable')).toBe('false');

    // Fastställ is refused while a goal has no bedömning, with the reason naming it.
    const karin = facilitator.page;
    await openDocument(facilitator, documentId);
    await karin.getByRole('button', { name: t('versions.lock.open') }).click();
    await karin.getByLabel(t('versions.lock.paragraph')).fill('§ 41');
    await karin.getByLabel(t('versions.lock.diarienummer')).fill('BMN/2027:41');
    await karin.getByRole('button', { name: t('versions.lock.submit'), exact: true }).click();
    await karin.getByRole('alert').filter({ hasText: t('error.followUp.assessmentMissing', { goals: `”${GOALS[2]}”` }) }).waitFor();

    // The last bedömning by keyboard (up from the first option wraps to "Kan inte bedömas"), then fastställ.
    const third = goalBlock(sara, 3);
    await radio(third, 'helt').focus();
    await sara.keyboard.press('ArrowUp');
    expect(await radio(third, 'ej_bedomd').isChecked()).toBe(true);
    const allAssessed = `${t('followUp.counts.main', { helt: 1, delvis: 1, ej: 0, total: 3, goals: 'nämndmål' })}. ${t('followUp.counts.ejBedomd', { count: 1 })}.`;
    await Promise.all([counts(lars, allAssessed), counts(karin, allAssessed)]);
    await waitForSaved(sara);
    await karin.getByRole('button', { name: t('versions.lock.submit'), exact: true }).click();
    await karin.getByRole('status').filter({ hasText: t('versions.lock.done', { number: 1 }) }).waitFor();
    await lars.getByTestId('locked-banner').waitFor();
    await expect.poll(() => radio(goalBlock(lars, 2), 'delvis').isDisabled()).toBe(true);
    expect(await figure(goalBlock(lars, 1), 'total', SPLIT).isDisabled()).toBe(true);

    // The document list shows the counts in the uppföljning's row.
    await lars.goto('/');
    const row = lars.getByTestId('document-row').filter({ has: lars.getByRole('link', { name: `Uppföljning Delårsrapport 2027 – ${BMN}` }) });
    await expect.poll(() => row.getByTestId('follow-up-summary').innerText()).toContain(t('followUp.counts.compact', { helt: 1, delvis: 1, ej: 0, total: 3 }));
  }, 120_000);

  it('"Ny uppföljning" on the documents page creates and opens one, and a second for the same follow-up links to the first', async () => {
    const { page } = await person('politiker@exempelkommun.se');
    const form = page.getByRole('region', { name: t('followUp.new.heading') });
    await form.getByRole('button', { name: t('followUp.new.submit') }).click();
    const missing = t('form.missing', { field: t('followUp.new.body') });
    await form.getByText(missing).waitFor();
    expect(await form.getByLabel(t('followUp.new.body')).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel(t('followUp.new.body')).selectOption({ label: `${BMN} (BMN)` });
    await form.getByLabel(t('followUp.new.year')).fill('2027');
    await form.getByLabel(t('followUp.new.period'), { exact: true }).selectOption({ label: 'Årsredovisning' });
    await form.getByLabel(t('followUp.new.year')).press('Enter');
    await page.waitForURL('**/dokument/**');
    const title = `Uppföljning Årsredovisning 2027 – ${BMN}`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: t('followUp.page.heading', { period: 'Årsredovisning 2027' }) }).waitFor();
    // At the årsredovisning the bedömning is not a forecast.
    await goalBlock(page, 1).getByRole('group', { name: `${t('followUp.assessment.legend')} 1. ${GOALS[0]}`, exact: true }).waitFor();
    const created = page.url();

    await page.goto('/');
    await form.getByLabel(t('followUp.new.body')).selectOption({ label: `${BMN} (BMN)` });
    await form.getByLabel(t('followUp.new.year')).fill('2027');
    await form.getByLabel(t('followUp.new.period'), { exact: true }).selectOption({ label: 'Årsredovisning' });
    await form.getByRole('button', { name: t('followUp.new.submit') }).click();
    await form.getByRole('alert').filter({ hasText: t('error.followUp.exists') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('link', { name: t('followUp.new.openExisting', { title }) }).click();
    await page.waitForURL(created);
  }, 60_000);

  it("shows the demo kommun's uppföljning of BUN with the counts its row in the list has", async () => {
    const { page, context } = await person('tjansteperson@exempelkommun.se');
    type Listed = { id: string; bodyName: string | null; followUp: { period: string; summary: Parameters<typeof compactSummary>[0] } | null };
    const { documents } = (await (await context.request.get('/api/documents?type=resultatdialog')).json()) as { documents: Listed[] };
    const demo = documents.find((document) => document.bodyName === 'Barn- och bildningsnämnden' && document.followUp?.period === '2027-delarsrapport');
    expect(demo).toBeDefined();
    const row = page.getByTestId('document-row').filter({ has: page.getByRole('link', { name: 'Uppföljning Delårsrapport 2027 – Barn- och bildningsnämnden' }) });
    expect(await row.getByTestId('follow-up-summary').innerText()).toContain(compactSummary(demo!.followUp!.summary));
    await openDocument({ page, context }, demo!.id);
    const { helt, delvis, ej, total } = demo!.followUp!.summary;
    await counts(page, t('followUp.counts.main', { helt, delvis, ej, total, goals: 'nämndmål' }));
    expect(await page.getByTestId('follow-up-goal').count()).toBe(total);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});
