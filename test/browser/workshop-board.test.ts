import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary, newCardForm } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;

const MEMBER_CARD = 'Fler äldre behöver hemtjänst';
const GUEST_CARD = 'Svårt att rekrytera lärare';
const HEADING = 'Kompetensförsörjning';


/** The category's section on a board page (e.g. "Sociala – Möjligheter"). */
const category = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });

/** What has keyboard focus: its text or label, and the text of the card it is in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { text: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(), card: element?.closest('[data-testid="card"]')?.querySelector('.card-text')?.textContent ?? null };
  });

/** Presses Tab until the wanted element has focus, as a keyboard user would. */
async function tabTo(page: Page, text: string, inCard: string, most = 60): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    const now = await focused(page);
    if (now.text === text && now.card === inCard) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${text}" in the card "${inCard}"; focus is on ${JSON.stringify(await focused(page))}`);
}

describe.skipIf(!hasChromium)(`a workshop group board, for a member and a guest on a phone (${driverUnderTest})`, () => {
  const { person, phone } = useWorkshopPeople();

  it('join by code, write cards live, move and cluster by keyboard, vote and see the tally', async () => {
    const [facilitator, member] = await Promise.all([person(FACILITATOR.email), person(POLITICIAN.email)]);
    const api = facilitator.context.request;
    const listed = await api.get('/api/workshops');
    expect(listed.status()).toBe(200);
    const workshop = ((await listed.json()) as { workshops: WorkshopSummary[] }).workshops[0]!;
    expect(workshop.joinCode).toMatch(/^[A-Z0-9]{8}$/);
    const control = async (body: object) => expect((await api.post(`/api/workshops/${workshop.id}/control`, { data: body })).status()).toBe(200);

    // The guest: a fresh browser on a phone, no account.
    const guestContext = await phone();
    const guest = await guestContext.newPage();

    // A wrong code is refused in Swedish, on the join page without a code in the address.
    await guest.goto('/w');
    await guest.getByLabel(t('workshop.join.code')).fill('2222 2222');
    await guest.getByLabel(t('workshop.join.name')).fill('Gunilla Gäst');
    await guest.getByRole('button', { name: t('workshop.join.submit') }).click();
    await guest.getByRole('alert').filter({ hasText: t('workshop.error.unknownCode') }).waitFor();
    // A code read off the screen with a look-alike ("0" for "D") is told which sign cannot be in it.
    await guest.getByLabel(t('workshop.join.code')).fill('2222 222O');
    await guest.getByRole('button', { name: t('workshop.join.submit') }).click();
    await guest.getByText(t('workshop.join.codeLookAlikes', { chars: 'O' })).waitFor();

    await guest.goto(`/w/${workshop.joinCode}`);
    expect(guest.url()).toContain(`/w/${workshop.joinCode}`); // not sent to the login page
    await guest.getByLabel(t('workshop.join.name')).fill('Gunilla Gäst');
    expect(await axeViolations(guest)).toEqual([]);
    await guest.getByRole('button', { name: t('workshop.join.submit') }).click();
    await guest.waitForURL(`**/workshop/${workshop.id}`);

    await member.page.goto(`/w/${workshop.joinCode}`);
    await member.page.getByText(t('workshop.join.asMember', { name: POLITICIAN.name })).waitFor();
    await member.page.getByRole('button', { name: t('workshop.join.submit') }).click();
    await member.page.waitForURL(`**/workshop/${workshop.id}`);

    // The facilitator seats both at the first table, then starts the group work with a timer.
    const table = workshop.groups[0]!;
    const { participants } = (await (await api.get(`/api/workshops/${workshop.id}/participants`)).json()) as { participants: Array<{ id: string }> };
    expect(participants).toHaveLength(2);
    for (const participant of participants) {
      expect((await api.put(`/api/workshops/${workshop.id}/participants/${participant.id}/group`, { data: { groupId: table.id } })).status()).toBe(200);
    }
    await control({ phaseId: 'grupparbete', timer: { endsAt: new Date(Date.now() + 15 * 60_000).toISOString() } });

    for (const page of [member.page, guest]) {
      await page.getByTestId('workshop-group').filter({ hasText: t('workshop.board.group', { name: table.name }) }).waitFor();
      await page.getByRole('heading', { name: t('workshop.board.phase', { name: t('workshop.phase.groups') }) }).waitFor();
      await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
      await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/^1[45]:\d\d kvar$/);
    }

    // Both write a card; each sees the other's live.
    await member.page.getByLabel(t('workshop.card.new', { category: 'Politiska – Möjligheter' })).fill(MEMBER_CARD);
    await member.page.getByRole('button', { name: t('workshop.card.add') }).first().click();
    const { field: guestField } = await newCardForm(guest, 'Ekonomiska – Utmaningar');
    await guestField.fill(GUEST_CARD);
    await guestField.press('Tab');
    await guest.keyboard.press('Enter'); // "Lägg till kort" of that category
    await card(member.page, GUEST_CARD).waitFor();
    await card(guest, MEMBER_CARD).getByText(t('workshop.card.by', { name: POLITICIAN.name })).waitFor();
    expect(await card(member.page, GUEST_CARD).getByText(t('workshop.card.by', { name: 'Gunilla Gäst' })).count()).toBe(1);

    // The guest moves her card to another category with the keyboard alone: on from the phone's one
    // "Nytt kort" form above the board to the card's menu.
    await tabTo(guest, t('workshop.card.move'), GUEST_CARD);
    await guest.keyboard.press('Enter');
    await guest.keyboard.press('ArrowDown'); // Ekonomiska – Utmaningar → Sociala – Möjligheter
    await guest.keyboard.press('Tab');
    await guest.keyboard.press('Enter'); // "Flytta"
    await category(guest, 'Sociala – Möjligheter').getByTestId('card').filter({ hasText: GUEST_CARD }).waitFor();
    await guest.getByRole('status').filter({ hasText: t('workshop.card.moved', { category: 'Sociala – Möjligheter' }) }).waitFor();
    await category(member.page, 'Sociala – Möjligheter').getByTestId('card').filter({ hasText: GUEST_CARD }).waitFor();

    // …and puts it under a new heading: focus came back to the card; on to "Lägg under rubrik…".
    await tabTo(guest, t('workshop.card.cluster'), GUEST_CARD);
    await guest.keyboard.press('Enter'); // the choice starts at "Ny rubrik…" when there is none
    await guest.keyboard.press('Tab');
    await guest.keyboard.type(HEADING);
    await guest.keyboard.press('Enter');
    for (const page of [guest, member.page]) {
      const cluster = category(page, 'Sociala – Möjligheter').getByRole('region', { name: HEADING });
      await cluster.getByRole('heading', { name: HEADING }).waitFor();
      await cluster.getByTestId('card').filter({ hasText: GUEST_CARD }).waitFor();
    }

    // Dragging does the same for mouse users (a shortcut; the menus above are the way that always works).
    await card(member.page, MEMBER_CARD).dragTo(category(member.page, 'Politiska – Utmaningar'));
    await category(guest, 'Politiska – Utmaningar').getByTestId('card').filter({ hasText: MEMBER_CARD }).waitFor();

    // The author edits her own card; nobody else gets to edit or delete it.
    expect(await card(guest, MEMBER_CARD).getByRole('button', { name: t('workshop.card.edit') }).count()).toBe(0);
    expect(await card(guest, MEMBER_CARD).getByRole('button', { name: t('workshop.card.delete') }).count()).toBe(0);
    await card(member.page, MEMBER_CARD).getByRole('button', { name: t('workshop.card.edit') }).click();
    const editField = member.page.getByLabel(t('workshop.card.editLabel'));
    // An empty card is refused in Swedish, the message tied to the field.
    await editField.fill('   ');
    await member.page.getByRole('button', { name: t('workshop.card.save') }).click();
    const empty = member.page.getByRole('alert').filter({ hasText: t('workshop.card.empty') });
    await empty.waitFor();
    expect(await editField.getAttribute('aria-describedby')).toContain(await empty.getAttribute('id'));
    expect(await editField.getAttribute('aria-invalid')).toBe('true');
    await editField.fill(`${MEMBER_CARD} i hela kommunen`);
    await member.page.getByRole('button', { name: t('workshop.card.save') }).click();
    await card(guest, `${MEMBER_CARD} i hela kommunen`).waitFor();

    // A locked board says so and takes no new cards; unlocked, it does again.
    await control({ lockedGroupIds: [table.id] });
    await guest.getByTestId('board-closed').filter({ hasText: t('workshop.board.closed.locked') }).waitFor();
    expect(await guest.getByRole('button', { name: t('workshop.card.add') }).count()).toBe(0);
    await control({ lockedGroupIds: [] });
    await guest.getByRole('button', { name: t('workshop.card.add') }).first().waitFor();

    // "Klar", and back.
    await guest.getByRole('button', { name: t('workshop.done.mark') }).click();
    await guest.getByRole('status').filter({ hasText: t('workshop.done.marked') }).waitFor();
    await guest.getByRole('button', { name: t('workshop.done.unmark') }).click();
    await guest.getByRole('button', { name: t('workshop.done.mark') }).waitFor();
    expect(await guest.getByText(t('workshop.done.marked')).count()).toBe(0);
    expect(await axeViolations(guest)).toEqual([]);

    // Voting: cards close, the member votes and sees what is left.
    const lastSaid = guest.getByRole('status').filter({ hasText: t('workshop.card.clustered', { title: HEADING }) });
    await lastSaid.waitFor();
    await control({ phaseId: 'rostning' });
    // What the board said in the last phase does not linger into this one.
    await expect.poll(() => lastSaid.count()).toBe(0);
    // The board says voting is on and what to do, not only that it is read-only.
    await member.page.getByTestId('board-closed').filter({ hasText: t('workshop.board.closed.voting') }).waitFor();
    await member.page.getByTestId('connection-state').filter({ hasText: t('workshop.board.votingBadge') }).waitFor();
    expect(await member.page.getByTestId('connection-state').filter({ hasText: t('connection.readOnly') }).count()).toBe(0);
    const vote = member.page.getByRole('button', { name: t('workshop.vote.castOn', { text: GUEST_CARD }) });
    await vote.click();
    await member.page.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count: 4 }) }).waitFor();
    await vote.click();
    await member.page.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count: 3 }) }).waitFor();
    await vote.click();
    await member.page.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count: 2 }) }).waitFor();
    await vote.click(); // a fourth on one card: the server says no, in Swedish
    await member.page.getByRole('alert').filter({ hasText: t('workshop.error.cardLimit', { max: 3 }) }).waitFor();
    const withdraw = member.page.getByRole('button', { name: t('workshop.vote.withdrawOn', { text: GUEST_CARD }) });
    await withdraw.click();
    await member.page.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count: 3 }) }).waitFor();
    await withdraw.click();
    await member.page.getByTestId('votes-left').filter({ hasText: t('workshop.vote.left', { count: 4 }) }).waitFor();
    expect(await member.page.getByRole('alert').filter({ hasText: t('workshop.error.cardLimit', { max: 3 }) }).count()).toBe(0);
    expect(await member.page.getByTestId('card-tally').count()).toBe(0); // blind until revealed

    await control({ revealVotes: true });
    for (const page of [member.page, guest]) {
      await card(page, GUEST_CARD).getByTestId('card-tally').filter({ hasText: t('workshop.vote.tally', { count: 1 }) }).waitFor();
      await card(page, MEMBER_CARD).getByTestId('card-tally').filter({ hasText: t('workshop.vote.tally', { count: 0 }) }).waitFor();
    }
    expect(await axeViolations(member.page)).toEqual([]);
    expect(await axeViolations(guest)).toEqual([]);
    mkdirSync('test-output', { recursive: true });
    await guest.screenshot({ path: 'test-output/workshop-board-phone.png' });

    // Moved to another table by the facilitator, the guest's page follows to that group's board.
    const guestId = (await guestContext.request.get(`/api/workshops/${workshop.id}`).then((response) => response.json()) as { workshop: { me: { participantId: string } } }).workshop.me.participantId;
    expect((await api.put(`/api/workshops/${workshop.id}/participants/${guestId}/group`, { data: { groupId: workshop.groups[1]!.id } })).status()).toBe(200);
    await guest.getByTestId('workshop-group').filter({ hasText: t('workshop.board.group', { name: workshop.groups[1]!.name }) }).waitFor();
    // Its board is empty: on the phone every category folded, saying so.
    await category(guest, 'Sociala – Möjligheter').getByText(t('workshop.board.cardCount', { count: 0 })).waitFor();
    expect(await card(guest, GUEST_CARD).count()).toBe(0);

    await member.page.screenshot({ path: 'test-output/workshop-board.png', fullPage: true });
  }, 90_000);
});
