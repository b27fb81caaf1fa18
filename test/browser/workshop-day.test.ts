import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { bodyEditor, bodyText, waitForBodyTexts } from './editor.helpers';
import { useWorkshopPeople, newCardForm } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const PHONE_GUEST = 'Petra Mobil';
const DESK_GUEST = 'Dan Skrivbord';
const demoTitle = `Omvärldsdag ${new Date().getUTCFullYear() + 1}`;

/** Who sits where at the end of the seating, and what each writes (category as the board names it). */
const POLITICIAN_CARD = { text: 'Ökad polarisering i det offentliga samtalet', category: 'Politiska – Utmaningar', table: 'Bord 3' };
const PHONE_CARD = { text: 'Fler äldre som vill bo kvar hemma längre', category: 'Sociala – Utmaningar', table: 'Bord 1' };
const DESK_FIRST = { text: 'AI-stöd i handläggningen av bygglov', category: 'Teknologiska – Möjligheter', table: 'Bord 2' };
const DESK_SECOND = { text: 'Digitala möten minskar resorna', category: 'Teknologiska – Möjligheter', table: 'Bord 2' };

const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });
const presenterCard = (page: Page, text: string) => page.locator('.presenter-card').filter({ hasText: text });
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
/** "1 röst", "3 röster" on the projector and in the overview. */
const votesText = (count: number) => t('workshop.fac.votesCount', { count });
/** "<text> — <group>, <n> röster", as the sammanställning lists a card. */
const compiledLine = (text: string, group: string, votes: number) =>
  t('workshop.compile.card', { text, group, votes: votes === 1 ? t('workshop.compile.votesOne') : t('workshop.compile.votes', { count: votes }) });

/** Writes a card through the category's own add-card form, as a participant does. */
async function writeCard(page: Page, category: string, text: string): Promise<void> {
  const { field, add } = await newCardForm(page, category);
  await field.fill(text);
  await add.click();
  await card(page, text).waitFor();
}

/** Casts one vote by the board's button and waits until the votes left say so. */
async function vote(page: Page, text: string, leftAfter: number): Promise<void> {
  await page.getByRole('button', { name: t('workshop.vote.castOn', { text }) }).click();
  await page.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count: leftAfter }) }).waitFor();
}

describe.skipIf(!hasChromium)(`a whole omvärldsdag, from join to a fastställd sammanställning (${driverUnderTest})`, () => {
  const { person, phone } = useWorkshopPeople();
  const extraContexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(extraContexts.map((context) => context.close()));
  });

  it('a facilitator, a member and two guests (one on a phone) on three boards: join, write, present, vote, reveal, compile, fastställ', async () => {
    const [facilitator, politician] = await Promise.all([person(FACILITATOR.email), person(POLITICIAN.email)]);
    const page = facilitator.page;
    page.setDefaultTimeout(10_000);
    politician.page.setDefaultTimeout(10_000);
    const origin = new URL(page.url()).origin;

    // The facilitator opens the day's overview from the list of workshops and reads the join code.
    await page.goto('/workshoppar');
    await page.getByRole('link', { name: t('workshop.list.runNamed', { title: demoTitle }) }).click();
    await page.getByRole('heading', { level: 1, name: t('workshop.fac.title', { title: demoTitle }) }).waitFor();
    const shownCode = await page.getByTestId('join-code').innerText();
    expect(shownCode).toMatch(/^[2-9A-Z]{4} [2-9A-Z]{4}$/);
    const code = shownCode.replace(' ', '');
    const workshopId = new URL(page.url()).pathname.split('/')[2]!;

    // The projector: a tab of the facilitator's own browser, at the address the overview links to.
    const presentAddress = `/w/${code}/present`;
    expect(await page.getByRole('link', { name: t('workshop.fac.openPresentation') }).getAttribute('href')).toBe(presentAddress);
    const projector = await facilitator.context.newPage();
    projector.setDefaultTimeout(10_000);
    await projector.goto(presentAddress);
    const presenterPhase = projector.getByTestId('presenter-phase');
    await presenterPhase.filter({ hasText: t('workshop.present.notStarted') }).waitFor();
    await projector.getByTestId('presented-board-heading').filter({ hasText: t('workshop.present.plenary') }).waitFor();
    expect(await projector.getByTestId('join-code').innerText()).toBe(shownCode);

    // Participant 1: the politician, signed in, joins by the code's address with one button.
    const member = politician.page;
    await member.goto(`/w/${code}`);
    await member.getByText(t('workshop.join.asMember', { name: POLITICIAN.name })).waitFor();
    expect(await axeViolations(member)).toEqual([]);
    await member.getByRole('button', { name: t('workshop.join.submit') }).click();
    await member.waitForURL(`**/workshop/${workshopId}`);

    // Participants 2 and 3: guests with code and name, one on a phone, one at a desktop browser.
    const phoneGuest = await (await phone()).newPage();
    const deskContext = await page.context().browser()!.newContext({ baseURL: origin, locale: 'sv-SE', viewport: { width: 1280, height: 1000 } });
    extraContexts.push(deskContext);
    const deskGuest = await deskContext.newPage();
    for (const [guest, name] of [
      [phoneGuest, PHONE_GUEST],
      [deskGuest, DESK_GUEST],
    ] as const) {
      guest.setDefaultTimeout(10_000);
      await guest.goto(`/w/${code}`);
      await guest.getByTestId('join-code').filter({ hasText: t('workshop.join.codeShown', { code: shownCode }) }).waitFor();
      await guest.getByLabel(t('workshop.join.name')).fill(name);
      expect(await axeViolations(guest)).toEqual([]);
      await guest.getByRole('button', { name: t('workshop.join.submit') }).click();
      await guest.waitForURL(`**/workshop/${workshopId}`);
    }

    // The facilitator seats them at three tables from the participants panel, by keyboard.
    const seating: Array<[string, string, Page]> = [
      [POLITICIAN.name, POLITICIAN_CARD.table, member],
      [PHONE_GUEST, PHONE_CARD.table, phoneGuest],
      [DESK_GUEST, DESK_FIRST.table, deskGuest],
    ];
    let moved = 0;
    for (const [name, table] of seating) {
      const row = page.getByRole('row').filter({ hasText: name });
      await row.waitFor({ timeout: 15_000 }); // the panel refreshes its list every few seconds
      // Joining seats a newcomer at the emptiest table; move only those not already at theirs.
      if ((await row.getByRole('cell').first().innerText()) === table) continue;
      const select = row.getByLabel(t('workshop.fac.moveLabel', { name }));
      await select.focus();
      await select.selectOption({ label: table });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await status(page, t('workshop.fac.moved', { name, group: table })).waitFor();
      await row.getByRole('cell').first().filter({ hasText: table }).waitFor();
      moved++;
    }
    expect(moved).toBeGreaterThan(0); // at least one seat changed through the panel (all three, as the demo seats newcomers)
    for (const [name, table] of seating) expect(await page.getByRole('row').filter({ hasText: name }).getByRole('cell').first().innerText()).toBe(table);

    // The group work starts: every device shows the phase and its own table.
    const groupsPhase = t('workshop.phase.groups');
    await page.getByRole('button', { name: t('workshop.fac.startPhase', { name: groupsPhase }) }).click();
    await page.getByTestId('current-phase').filter({ hasText: t('workshop.fac.currentPhase', { name: groupsPhase }) }).waitFor();
    await presenterPhase.filter({ hasText: groupsPhase }).waitFor();
    for (const [, table, participant] of seating) {
      await participant.getByTestId('workshop-group').filter({ hasText: t('workshop.board.group', { name: table }) }).waitFor();
      await participant.getByRole('heading', { name: t('workshop.board.phase', { name: groupsPhase }) }).waitFor();
      await participant.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).first().waitFor();
    }
    await page.getByTestId('connected-count').filter({ hasText: t('workshop.fac.connectedCount', { count: 3, done: 0 }) }).waitFor();

    // Each writes a card on their own board; the projector (plenary) shows them live, with their tables.
    await writeCard(member, POLITICIAN_CARD.category, POLITICIAN_CARD.text);
    await writeCard(phoneGuest, PHONE_CARD.category, PHONE_CARD.text);
    await writeCard(deskGuest, DESK_FIRST.category, DESK_FIRST.text);
    for (const written of [POLITICIAN_CARD, PHONE_CARD, DESK_FIRST]) {
      await presenterCard(projector, written.text).locator('.presenter-card-group').filter({ hasText: written.table }).waitFor();
      const summary = page.getByTestId('board-summary').filter({ has: page.getByRole('heading', { level: 3, name: written.table, exact: true }) });
      await summary.getByTestId('board-counts').filter({ hasText: t('workshop.fac.counts', { cards: 1 }) }).waitFor();
    }
    // A card is its own table's: nobody at another table sees it.
    expect(await card(member, PHONE_CARD.text).count()).toBe(0);
    expect(await card(phoneGuest, DESK_FIRST.text).count()).toBe(0);

    // The phone guest marks the group as done; the overview counts it.
    await phoneGuest.getByRole('button', { name: t('workshop.done.mark') }).click();
    await status(phoneGuest, t('workshop.done.marked')).waitFor();
    await page.getByTestId('connected-count').filter({ hasText: t('workshop.fac.connectedCount', { count: 3, done: 1 }) }).waitFor();

    // The facilitator puts Bord 2 on the projector (keyboard); its next card appears there live.
    const presentSelect = page.getByLabel(t('workshop.fac.presentSelect'));
    await presentSelect.focus();
    await presentSelect.selectOption({ label: DESK_FIRST.table });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('presented-now').filter({ hasText: t('workshop.fac.presentingGroup', { name: DESK_FIRST.table }) }).waitFor();
    await projector.getByTestId('presented-board-heading').filter({ hasText: t('workshop.present.groupBoard', { name: DESK_FIRST.table }) }).waitFor();
    await presenterCard(projector, DESK_FIRST.text).waitFor();
    await presenterCard(projector, PHONE_CARD.text).waitFor({ state: 'detached' });
    expect(await presenterCard(projector, POLITICIAN_CARD.text).count()).toBe(0);
    await writeCard(deskGuest, DESK_SECOND.category, DESK_SECOND.text);
    await presenterCard(projector, DESK_SECOND.text).waitFor();

    // Accessible as they are now: the boards (desktop and phone), the projector and the overview.
    for (const each of [member, phoneGuest, deskGuest, projector, page]) expect(await axeViolations(each)).toEqual([]);

    // Back to the plenary for the vote.
    await presentSelect.selectOption({ label: t('workshop.fac.plenary') });
    await page.getByRole('button', { name: t('workshop.fac.presentSubmit'), exact: true }).click();
    await projector.getByTestId('presented-board-heading').filter({ hasText: t('workshop.present.plenary') }).waitFor();
    await presenterCard(projector, PHONE_CARD.text).waitFor();

    // Voting: the cards close, and everyone votes on their table's cards (blind until the reveal).
    const votingPhase = t('workshop.phase.voting');
    await page.getByRole('button', { name: t('workshop.fac.startPhase', { name: votingPhase }) }).click();
    await presenterPhase.filter({ hasText: votingPhase }).waitFor();
    for (const [, , participant] of seating) {
      await participant.getByRole('heading', { name: t('workshop.board.phase', { name: votingPhase }) }).waitFor();
      await participant.getByTestId('board-closed').filter({ hasText: t('workshop.board.closed.voting') }).waitFor();
      await participant.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count: 5 }) }).waitFor();
    }
    await vote(member, POLITICIAN_CARD.text, 4);
    await vote(member, POLITICIAN_CARD.text, 3);
    await vote(phoneGuest, PHONE_CARD.text, 4);
    // The later card gets more votes than the earlier one: the ranking is by votes, not by time.
    await vote(deskGuest, DESK_SECOND.text, 4);
    await vote(deskGuest, DESK_SECOND.text, 3);
    await vote(deskGuest, DESK_SECOND.text, 2);
    await vote(deskGuest, DESK_FIRST.text, 1);
    await card(deskGuest, DESK_SECOND.text).getByText(t('workshop.vote.mine', { count: 3 })).waitFor();
    for (const [, , participant] of seating) expect(await participant.getByTestId('card-tally').count()).toBe(0);
    expect(await projector.locator('.presenter-card-votes').count()).toBe(0);

    // The reveal: tallies on every board, on the projector and in the overview.
    await page.getByRole('button', { name: t('workshop.fac.revealVotes') }).click();
    await page.getByText(t('workshop.fac.votesShown')).waitFor();
    const tallies: Array<[typeof POLITICIAN_CARD, number, Page]> = [
      [POLITICIAN_CARD, 2, member],
      [PHONE_CARD, 1, phoneGuest],
      [DESK_SECOND, 3, deskGuest],
      [DESK_FIRST, 1, deskGuest],
    ];
    for (const [written, votes, participant] of tallies) {
      await card(participant, written.text).getByTestId('card-tally').filter({ hasText: t('workshop.vote.tally', { count: votes }) }).waitFor();
      await presenterCard(projector, written.text).locator('.presenter-card-votes').filter({ hasText: votesText(votes) }).waitFor();
    }
    for (const [table, cards, votes] of [
      ['Bord 1', 1, 1],
      ['Bord 2', 2, 4],
      ['Bord 3', 1, 2],
    ] as const) {
      const summary = page.getByTestId('board-summary').filter({ has: page.getByRole('heading', { level: 3, name: table, exact: true }) });
      await summary.getByTestId('board-counts').filter({ hasText: t('workshop.fac.countsWithVotes', { cards, count: votes }) }).waitFor();
    }
    // The overview lists each table's cards ranked by the revealed votes: Bord 2's later card first.
    const bord2 = page.getByTestId('board-summary').filter({ has: page.getByRole('heading', { level: 3, name: DESK_FIRST.table, exact: true }) });
    await bord2.getByText(t('workshop.fac.showCards', { name: DESK_FIRST.table })).click();
    const ranked = bord2.locator('div').filter({ has: page.getByRole('heading', { level: 4, name: DESK_FIRST.category, exact: true }) }).getByRole('listitem');
    await ranked.filter({ hasText: t('workshop.fac.votesCount', { count: 3 }) }).waitFor();
    expect(await ranked.allInnerTexts()).toEqual([
      `${DESK_SECOND.text} (${t('workshop.fac.votesCount', { count: 3 })})`,
      `${DESK_FIRST.text} (${votesText(1)})`,
    ]);
    for (const each of [deskGuest, projector, page]) expect(await axeViolations(each)).toEqual([]);
    mkdirSync('test-output', { recursive: true });
    await projector.screenshot({ path: 'test-output/workshop-day-presenter.png', fullPage: true });
    await phoneGuest.screenshot({ path: 'test-output/workshop-day-phone.png', fullPage: true });

    // The sammanställning: compiled from the overview, opened as a document.
    await page.getByRole('button', { name: t('workshop.fac.startPhase', { name: t('workshop.phase.compile') }) }).click();
    await presenterPhase.filter({ hasText: t('workshop.phase.compile') }).waitFor();
    await page.getByRole('button', { name: t('workshop.fac.compile') }).click();
    const compiledTitle = t('workshop.compile.title', { title: demoTitle });
    await status(page, t('workshop.fac.compiled')).getByRole('link', { name: compiledTitle }).click();
    await page.waitForURL('**/dokument/*');
    await page.getByRole('heading', { level: 1, name: compiledTitle }).first().waitFor(); // the page's, and the body's own
    await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    const lines = {
      politician: compiledLine(POLITICIAN_CARD.text, POLITICIAN_CARD.table, 2),
      phone: compiledLine(PHONE_CARD.text, PHONE_CARD.table, 1),
      second: compiledLine(DESK_SECOND.text, DESK_SECOND.table, 3),
      first: compiledLine(DESK_FIRST.text, DESK_FIRST.table, 1),
    };
    await waitForBodyTexts(page, Object.values(lines));
    const compiled = await bodyText(page);
    expect(compiled).toContain(t('workshop.compile.intro', { title: demoTitle, date: `${new Date().getUTCFullYear() + 1}-01-21`, groups: ['1', '2', '3', '4', '5', '6'].map((n) => `Bord ${n}`).join(', '), participants: 3 }));
    expect(compiled.indexOf(lines.second)).toBeLessThan(compiled.indexOf(lines.first)); // ranked by votes within its category
    expect(compiled.indexOf(lines.politician)).toBeLessThan(compiled.indexOf(lines.phone)); // categories in the layout's order
    expect(await axeViolations(page)).toEqual([]);

    // Fastställd through the document's own form, submitted with the keyboard.
    await page.getByRole('button', { name: t('versions.lock.open') }).click();
    const body = page.getByLabel(t('versions.lock.body'), { exact: true });
    if (!(await body.inputValue())) await body.fill('Kommunstyrelsen');
    const bodyName = await body.inputValue();
    await page.getByLabel(t('versions.lock.date')).fill('2027-01-28');
    await page.getByLabel(t('versions.lock.paragraph')).fill('§ 9');
    await page.getByLabel(t('versions.lock.diarienummer')).fill('KS/2027:15');
    await page.getByRole('button', { name: t('versions.lock.submit'), exact: true }).press('Enter');
    await status(page, t('versions.lock.done', { number: 1 })).waitFor();
    const banner = page.getByTestId('locked-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(t('versions.banner', { date: '2027-01-28', body: bodyName, paragraph: '§ 9' }));
    await page.locator('.document-meta').filter({ hasText: t('documents.status.fastställd') }).waitFor();
    await page.getByTestId('connection-state').filter({ hasText: t('connection.readOnly') }).waitFor();
    await expect.poll(() => bodyEditor(page).getAttribute('contenteditable')).toBe('false');
    const version = page.locator('.version-item').filter({ has: page.getByRole('heading', { level: 4, name: t('versions.history.version', { number: 1 }) }) });
    await version.getByText(t('versions.bannerDnr', { diarienummer: 'KS/2027:15', number: 1 })).waitFor();
    const [lockedByStart, lockedByEnd] = t('versions.history.lockedBy', { date: '\u0000', name: FACILITATOR.name }).split('\u0000') as [string, string];
    expect(await version.getByText(lockedByEnd).innerText()).toMatch(new RegExp(`^${lockedByStart}.+${lockedByEnd}$`));
    expect(await page.getByRole('button', { name: t('versions.lock.open') }).count()).toBe(0);

    // The fastställd version holds the cards with their tables.
    await version.getByRole('button', { name: t('versions.history.show', { number: 1 }) }).click();
    const content = version.locator('.version-content');
    await content.waitFor();
    const locked = await content.innerText();
    for (const line of Object.values(lines)) expect(locked).toContain(line);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-output/workshop-day-fastställd.png', fullPage: true });
  }, 180_000);
});
