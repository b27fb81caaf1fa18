import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary, newCardForm } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const SECRET_CARD = 'Vi hinner inte med underhållet av skolorna';
const WRITER = 'Hemlig Person';
const READER = 'Annan Gäst';


const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });

describe.skipIf(!hasChromium)(`an anonymous activity on a workshop board (${driverUnderTest})`, () => {
  const { person, guest } = useWorkshopPeople();


  it('the facilitator marks the group work anonymous; participants are told before writing, and nobody sees who wrote', async () => {
    const facilitator = await person(FACILITATOR.email);
    const page = facilitator.page;
    page.setDefaultTimeout(8000);
    const api = facilitator.context.request;
    const workshop = ((await (await api.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] }).workshops[0]!;

    // Two guests join and are seated at the same table.
    const [writer, reader] = [await guest(workshop.joinCode, WRITER), await guest(workshop.joinCode, READER)];
    const table = workshop.groups[0]!;
    const { participants } = (await (await api.get(`/api/workshops/${workshop.id}/participants`)).json()) as { participants: Array<{ id: string }> };
    for (const participant of participants) {
      expect((await api.put(`/api/workshops/${workshop.id}/participants/${participant.id}/group`, { data: { groupId: table.id } })).status()).toBe(200);
    }

    // The facilitator, on the overview, marks "Gruppernas arbete" anonymous and starts it.
    await page.goto(`/workshop/${workshop.id}/ledning`);
    const groupsPhase = t('workshop.phase.groups');
    const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // One checkbox per phase, named with its phase ("Anonym aktivitet (…): Gruppernas arbete").
    const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(t('workshop.fac.anonymous'))}\\s*: ${escapeRegExp(groupsPhase)}$`) });
    expect(await checkbox.isChecked()).toBe(false);
    await checkbox.check();
    await page.getByRole('status').filter({ hasText: t('workshop.fac.anonymousSaved', { name: groupsPhase }) }).waitFor();
    expect(await checkbox.isChecked()).toBe(true);
    const stored = (await (await api.get(`/api/workshops/${workshop.id}`)).json()) as { workshop: { phases: Array<{ id: string; anonymous: boolean }> } };
    expect(stored.workshop.phases.filter((phase) => phase.anonymous).map((phase) => phase.id)).toEqual(['grupparbete']);
    await page.getByRole('button', { name: t('workshop.fac.startPhase', { name: groupsPhase }) }).click();
    await page.getByTestId('current-phase').filter({ hasText: t('workshop.fac.currentPhase', { name: groupsPhase }) }).waitFor();
    // Hidden cards wait in a draft room named after their writer: not offered in an anonymous activity.
    const hide = page.getByRole('button', { name: t('workshop.fac.hideCards') });
    await expect.poll(() => hide.isDisabled()).toBe(true);
    expect(await hide.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(t('workshop.fac.hideAnonymousHint'));
    expect(await axeViolations(page)).toEqual([]);

    // Both participants see the notice before they write, tied to the new-card field.
    const notice = t('workshop.board.anonymous');
    expect(notice).toBe('Anonym aktivitet: ditt namn sparas inte med korten du skriver nu.');
    for (const participant of [writer, reader]) {
      await participant.getByTestId('anonymous-notice').filter({ hasText: notice }).waitFor();
      await participant.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    }
    const { field } = await newCardForm(writer, 'Sociala – Utmaningar');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect(await writer.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy)).toContain(notice);
    // The notice comes before the form in reading order.
    const noticeFirst = await writer.evaluate(() => {
      const noticeElement = document.querySelector('[data-testid="anonymous-notice"]')!;
      const form = document.querySelector('form.add-card')!;
      return Boolean(noticeElement.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(noticeFirst).toBe(true);

    await field.fill(SECRET_CARD);
    await field.press('Tab');
    await writer.keyboard.press('Enter');

    // Nobody sees an author on it: not the writer, not the other participant, not the facilitator.
    for (const participant of [writer, reader]) {
      const written = card(participant, SECRET_CARD);
      await written.waitFor();
      await written.getByTestId('card-anonymous').filter({ hasText: t('workshop.card.anonymous') }).waitFor();
      expect(await written.innerText()).not.toContain(WRITER);
      expect(await written.getByText(t('workshop.card.by', { name: WRITER })).count()).toBe(0);
      // Nobody owns it: no edit or delete for participants; moving and clustering stay.
      expect(await written.getByRole('button', { name: t('workshop.card.edit') }).count()).toBe(0);
      expect(await written.getByRole('button', { name: t('workshop.card.delete') }).count()).toBe(0);
      await written.getByRole('button', { name: t('workshop.card.move') }).waitFor();
    }
    // The facilitator's overview lists the card (in a folded summary) without its writer; who is
    // connected is listed there too, but nothing ties them to the card.
    const summary = page.locator('li:not(:has(li))', { hasText: SECRET_CARD });
    await summary.first().waitFor({ state: 'attached' });
    expect(await summary.first().textContent()).toBe(SECRET_CARD);
    expect(await axeViolations(writer)).toEqual([]);
    expect(await axeViolations(reader)).toEqual([]);

    // A facilitator at the table may delete the card nobody owns (but not edit it).
    await page.goto(`/w/${workshop.joinCode}`);
    await page.getByRole('button', { name: t('workshop.join.submit') }).click();
    await page.waitForURL(`**/workshop/${workshop.id}`);
    const seated = (await (await api.get(`/api/workshops/${workshop.id}/participants`)).json()) as { participants: Array<{ id: string; guest: boolean }> };
    const me = seated.participants.find((participant) => !participant.guest)!;
    expect((await api.put(`/api/workshops/${workshop.id}/participants/${me.id}/group`, { data: { groupId: table.id } })).status()).toBe(200);
    await page.reload();
    const atTable = card(page, SECRET_CARD);
    await atTable.waitFor();
    expect(await atTable.getByRole('button', { name: t('workshop.card.edit') }).count()).toBe(0);
    await atTable.getByRole('button', { name: t('workshop.card.delete') }).click();
    await atTable.getByRole('button', { name: t('workshop.card.deleteYes') }).click();
    for (const participant of [writer, reader]) await card(participant, SECRET_CARD).waitFor({ state: 'detached' });
    await page.goto(`/workshop/${workshop.id}/ledning`);

    // The next phase is not anonymous: the notice goes away on every device.
    await page.getByRole('button', { name: t('workshop.fac.nextNamed', { name: t('workshop.phase.clustering') }) }).click();
    for (const participant of [writer, reader]) await participant.getByTestId('anonymous-notice').waitFor({ state: 'detached' });
  });
});
