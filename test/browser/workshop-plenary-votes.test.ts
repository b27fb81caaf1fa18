import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary, newCardForm } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;

const CARD_A = 'Fler vill arbeta på distans';
const CARD_B = 'Kompetensbrist inom vården';

const ownCard = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });
const otherBoards = (page: Page) => page.getByRole('region', { name: t('workshop.board.others.heading') });
const otherCard = (page: Page, text: string) => otherBoards(page).getByTestId('other-card').filter({ hasText: text });
const votesLeft = (page: Page, count: number) => page.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count }) });

async function writeCard(page: Page, category: string, text: string): Promise<void> {
  const { field, add } = await newCardForm(page, category);
  await field.fill(text);
  await add.click();
  await ownCard(page, text).waitFor();
}

describe.skipIf(!hasChromium)(`voting across every group's board (${driverUnderTest})`, () => {
  const { person, guest } = useWorkshopPeople();

  it("a guest votes by keyboard on another table's card; the tally shows on both boards after the reveal", async () => {
    const facilitator = await person(FACILITATOR.email);
    const api = facilitator.context.request;
    const workshop = ((await (await api.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] }).workshops[0]!;
    const control = async (body: object) => expect((await api.post(`/api/workshops/${workshop.id}/control`, { data: body })).status()).toBe(200);

    const guestA = await guest(workshop.joinCode, 'Anna Andersson');
    const guestB = await guest(workshop.joinCode, 'Bertil Berg');
    const [tableA, tableB] = workshop.groups;
    const { participants } = (await (await api.get(`/api/workshops/${workshop.id}/participants`)).json()) as { participants: Array<{ id: string; name: string }> };
    for (const [name, table] of [
      ['Anna Andersson', tableA!],
      ['Bertil Berg', tableB!],
    ] as const) {
      const participant = participants.find((candidate) => candidate.name === name)!;
      expect((await api.put(`/api/workshops/${workshop.id}/participants/${participant.id}/group`, { data: { groupId: table.id } })).status()).toBe(200);
    }

    await control({ phaseId: 'grupparbete' });
    for (const [page, table] of [
      [guestA, tableA!],
      [guestB, tableB!],
    ] as const) {
      await page.getByTestId('workshop-group').filter({ hasText: t('workshop.board.group', { name: table.name }) }).waitFor();
      await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    }
    await writeCard(guestA, 'Sociala – Möjligheter', CARD_A);
    await writeCard(guestB, 'Sociala – Utmaningar', CARD_B);
    // Outside the voting phase nobody sees the other tables' cards here.
    expect(await otherBoards(guestA).count()).toBe(0);
    expect(await ownCard(guestA, CARD_B).count()).toBe(0);

    await control({ phaseId: 'rostning' });
    await votesLeft(guestA, 5).waitFor();
    const tableBFold = otherBoards(guestA).getByTestId('other-board').filter({ hasText: tableB!.name });
    const summary = tableBFold.locator('summary');
    await summary.filter({ hasText: t('workshop.board.others.group', { name: tableB!.name, count: 1 }) }).waitFor();
    await summary.focus();
    await guestA.keyboard.press('Enter'); // open the fold by keyboard
    await otherCard(guestA, CARD_B).waitFor();
    // Read-only: no menu to edit, move or delete another group's card, only the vote.
    expect(await otherCard(guestA, CARD_B).getByRole('button').allInnerTexts()).toEqual([t('workshop.vote.cast')]);
    expect(await otherBoards(guestA).getByText(CARD_A).count()).toBe(0); // her own table is above, not here
    expect(await axeViolations(guestA)).toEqual([]);

    const vote = otherCard(guestA, CARD_B).getByRole('button', { name: t('workshop.vote.castOn', { text: CARD_B }) });
    await vote.focus();
    await guestA.keyboard.press('Enter');
    await votesLeft(guestA, 4).waitFor();
    await otherCard(guestA, CARD_B).getByText(t('workshop.vote.mine', { count: 1 })).waitFor();
    // On the phone, what is left stays on screen next to the card voted on, far below the board's top.
    const onScreen = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    };
    expect(await vote.evaluate(onScreen)).toBe(true);
    expect(await guestA.getByTestId('votes-left').evaluate(onScreen)).toBe(true);
    expect(await guestA.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
    expect(await guestA.getByTestId('card-tally').count()).toBe(0); // blind until revealed
    expect(await guestB.getByTestId('card-tally').count()).toBe(0);

    await control({ revealVotes: true });
    await ownCard(guestB, CARD_B).getByTestId('card-tally').filter({ hasText: t('workshop.vote.tally', { count: 1 }) }).waitFor();
    await otherCard(guestA, CARD_B).getByTestId('card-tally').filter({ hasText: t('workshop.vote.tally', { count: 1 }) }).waitFor();
    await ownCard(guestA, CARD_A).getByTestId('card-tally').filter({ hasText: t('workshop.vote.tally', { count: 0 }) }).waitFor();
    // B sees A's table in his own "other groups" section, with its tally too.
    const tableAFold = otherBoards(guestB).getByTestId('other-board').filter({ hasText: tableA!.name });
    await tableAFold.locator('summary').click();
    await otherCard(guestB, CARD_A).getByTestId('card-tally').filter({ hasText: t('workshop.vote.tally', { count: 0 }) }).waitFor();
    expect(await axeViolations(guestA)).toEqual([]);
    expect(await axeViolations(guestB)).toEqual([]);

    // After the vote the section closes again (and its rooms with it).
    await control({ phaseId: 'sammanstallning' });
    await otherBoards(guestA).waitFor({ state: 'detached' });
    expect(await otherBoards(guestB).count()).toBe(0);
  }, 60_000);
});
