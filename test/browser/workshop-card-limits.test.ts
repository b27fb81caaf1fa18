import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary, newCardForm } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const ADMIN = DEMO_USERS.find((user) => user.role === 'admin')!;
const CATEGORY = 'Sociala – Möjligheter';
const LIMITS = { maxCardsPerBoard: 300, maxCardsPerParticipant: 2, maxCardTextLength: 120 };


/** Issue 12, item 1: the add-card form knows the kommun's limits and says in Swedish when a participant's share is written. */
describe.skipIf(!hasChromium)(`the add-card form shows the card limits (${driverUnderTest})`, () => {
  const { person, guest } = useWorkshopPeople();

  it("caps the text at the kommun's length and says so when the participant has written their share", async () => {
    const admin = await person(ADMIN.email);
    expect((await admin.context.request.patch('/api/admin/organisation', { data: { settings: { workshopLimits: LIMITS } } })).status()).toBe(200);
    const facilitator = await person(FACILITATOR.email);
    const api = facilitator.context.request;
    const workshop = ((await (await api.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] }).workshops[0]!;
    expect((await api.post(`/api/workshops/${workshop.id}/control`, { data: { phaseId: 'grupparbete' } })).status()).toBe(200);
    const anna = await guest(workshop.joinCode, 'Anna Gäst');
    await anna.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();

    const { field, add, form } = await newCardForm(anna, CATEGORY);
    expect(await field.getAttribute('maxlength')).toBe(String(LIMITS.maxCardTextLength));
    for (const text of ['Fler äldre', 'Färre unga']) {
      await field.fill(text);
      await add.click();
      await anna.getByTestId('card').filter({ hasText: text }).waitFor();
    }
    const notice = form.getByTestId('card-quota');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(t('workshop.card.quotaUsed', { max: String(LIMITS.maxCardsPerParticipant) }));
    expect(await add.isDisabled()).toBe(true);
    expect(await anna.getByTestId('card').count()).toBe(2);
  });
});
