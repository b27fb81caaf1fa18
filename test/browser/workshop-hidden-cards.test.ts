import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary, newCardForm } from './workshop.helpers';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const HIDDEN_CARD = 'Bostadsbristen driver unga från kommunen';
const WRITER = 'Hanna Hemlig';
const READER = 'Rolf Rask';


const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });

describe.skipIf(!hasChromium)(`cards hidden from the other participants until the facilitator reveals them (${driverUnderTest})`, () => {
  const { person, guest } = useWorkshopPeople();


  it('a hidden card stays with its writer until the reveal, then both participants see it on the board', async () => {
    const facilitator = await person(FACILITATOR.email);
    const page = facilitator.page;
    page.setDefaultTimeout(8000);
    const api = facilitator.context.request;
    const created = await api.post('/api/workshops', { data: { type: 'omvarldsdag', title: 'Dolda kort', date: stockholmDate(new Date()), groupCount: 1 } });
    expect(created.status()).toBe(201);
    const workshop = ((await created.json()) as { workshop: WorkshopSummary }).workshop;
    const table = workshop.groups[0]!;

    const [writer, reader] = [await guest(workshop.joinCode, WRITER), await guest(workshop.joinCode, READER)];
    expect((await api.post(`/api/workshops/${workshop.id}/control`, { data: { phaseId: 'grupparbete' } })).status()).toBe(200);

    // The facilitator hides the cards from the overview.
    await page.goto(`/workshop/${workshop.id}/ledning`);
    await page.getByRole('button', { name: t('workshop.fac.hideCards') }).click();
    await page.getByTestId('cards-hidden-state').filter({ hasText: t('workshop.fac.cardsHidden') }).waitFor();

    // The writer is told where their cards go, and writes one: it is listed as their own hidden card.
    for (const participant of [writer, reader]) {
      await participant.getByTestId('hidden-notice').filter({ hasText: t('workshop.board.hidden.notice') }).waitFor();
      await participant.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).first().waitFor();
    }
    expect(t('workshop.board.hidden.heading')).toBe('Dina dolda kort');
    const { field } = await newCardForm(writer, 'Sociala – Utmaningar');
    await expect.poll(() => field.locator('xpath=following-sibling::button').isEnabled()).toBe(true);
    await field.fill(HIDDEN_CARD);
    await field.locator('xpath=following-sibling::button').click();
    const hidden = writer.getByTestId('hidden-cards');
    await hidden.getByTestId('card').filter({ hasText: HIDDEN_CARD }).waitFor();
    await hidden.getByRole('button', { name: t('workshop.card.edit') }).waitFor();
    await hidden.getByRole('button', { name: t('workshop.card.delete') }).waitFor();
    expect(await axeViolations(writer)).toEqual([]);

    // The facilitator sees one hidden card for the table; the other participant sees nothing of it.
    await page.getByTestId('hidden-counts').filter({ hasText: t('workshop.fac.hiddenCount', { name: table.name, count: 1 }) }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await reader.waitForTimeout(800);
    expect(await card(reader, HIDDEN_CARD).count()).toBe(0);
    expect(await reader.getByText(HIDDEN_CARD).count()).toBe(0);
    expect(await axeViolations(reader)).toEqual([]);

    // The reveal: the card is on the board for both, signed by its writer, and no longer hidden.
    await page.getByRole('button', { name: t('workshop.fac.revealCards') }).click();
    await page.getByTestId('cards-hidden-state').filter({ hasText: t('workshop.fac.cardsVisible') }).waitFor();
    for (const participant of [writer, reader]) {
      await card(participant, HIDDEN_CARD).getByText(t('workshop.card.by', { name: WRITER })).waitFor();
      await participant.getByTestId('hidden-cards').waitFor({ state: 'detached' });
      expect(await card(participant, HIDDEN_CARD).count()).toBe(1);
    }
    expect(await axeViolations(reader)).toEqual([]);
  });
});
