import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const GUEST = 'Gunilla Gäst';

const MEMBER_TEXT = 'Vi föreslår fler mötesplatser.';
const GUEST_TEXT = 'Och bättre kollektivtrafik.';

const notes = (page: Page) => page.getByTestId('group-notes');
const notesEditor = (page: Page) => notes(page).getByRole('textbox', { name: t('editor.label') });

/** The caret is in the notes and nothing but other people's carets follows it. */
const caretAtEnd = (page: Page) =>
  notesEditor(page).evaluate((editor) => {
    const selection = getSelection();
    if (!selection?.focusNode || !editor.contains(selection.focusNode)) return false;
    const rest = document.createRange();
    rest.setStart(selection.focusNode, selection.focusOffset);
    rest.setEnd(editor, editor.childNodes.length);
    const after = rest.cloneContents();
    after.querySelectorAll('.collaboration-carets__caret').forEach((caret) => {
      caret.remove();
    });
    return (after.textContent ?? '') === '';
  });

describe.skipIf(!hasChromium)(`a group's shared notes on the board page, a member and a guest on a phone (${driverUnderTest})`, () => {
  const { person, phone } = useWorkshopPeople();

  it('both type in the notes and see each other live with caret names; read-only with a reason when locked; axe clean', async () => {
    const [facilitator, member] = await Promise.all([person(FACILITATOR.email), person(POLITICIAN.email)]);
    const api = facilitator.context.request;
    const workshop = ((await (await api.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] }).workshops[0]!;

    const guestContext = await phone();
    const guest = await guestContext.newPage();
    await guest.goto(`/w/${workshop.joinCode}`);
    await guest.getByLabel(t('workshop.join.name')).fill(GUEST);
    await guest.getByRole('button', { name: t('workshop.join.submit') }).click();
    await guest.waitForURL(`**/workshop/${workshop.id}`);

    await member.page.goto(`/w/${workshop.joinCode}`);
    await member.page.getByRole('button', { name: t('workshop.join.submit') }).click();
    await member.page.waitForURL(`**/workshop/${workshop.id}`);

    const table = workshop.groups[0]!;
    const { participants } = (await (await api.get(`/api/workshops/${workshop.id}/participants`)).json()) as { participants: Array<{ id: string }> };
    for (const participant of participants) {
      expect((await api.put(`/api/workshops/${workshop.id}/participants/${participant.id}/group`, { data: { groupId: table.id } })).status()).toBe(200);
    }

    for (const page of [member.page, guest]) {
      await page.getByTestId('workshop-group').filter({ hasText: t('workshop.board.group', { name: table.name }) }).waitFor();
      await page.getByRole('heading', { name: t('workshop.notes.heading'), exact: true }).waitFor();
      await page.getByTestId('notes-connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    }

    // The member types; the guest on the phone sees it and adds a paragraph of her own.
    await notesEditor(member.page).click();
    await member.page.keyboard.type(MEMBER_TEXT);
    await notesEditor(guest).getByText(MEMBER_TEXT).waitFor();
    await notesEditor(guest).click();
    // A sync message landing just after the click may put the caret back: move to the end until it stays.
    await expect
      .poll(async () => {
        await guest.keyboard.press('Control+End');
        return caretAtEnd(guest);
      })
      .toBe(true);
    await guest.keyboard.press('Enter');
    await guest.keyboard.type(GUEST_TEXT);
    await notesEditor(member.page).getByText(GUEST_TEXT).waitFor();

    // Each sees the other's caret by name.
    await notes(member.page).locator('.collaboration-carets__label', { hasText: GUEST }).waitFor();
    await notes(guest).locator('.collaboration-carets__label', { hasText: POLITICIAN.name }).waitFor();
    for (const page of [member.page, guest]) {
      await page.getByTestId('notes-save-state').filter({ hasText: t('connection.saved') }).waitFor();
      const paragraphs = await notesEditor(page).evaluate((editor) => {
        const copy = editor.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => {
      caret.remove();
    });
        return [...copy.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '');
      });
      expect(paragraphs).toEqual([MEMBER_TEXT, GUEST_TEXT]);
      expect(await axeViolations(page)).toEqual([]);
    }

    // The facilitator locks the table's board: the notes turn read-only, with the reason shown.
    expect((await api.post(`/api/workshops/${workshop.id}/control`, { data: { lockedGroupIds: [table.id] } })).status()).toBe(200);
    for (const page of [member.page, guest]) {
      await page.getByTestId('notes-read-only').filter({ hasText: t('workshop.notes.locked') }).waitFor();
      await expect.poll(() => notesEditor(page).getAttribute('contenteditable')).toBe('false');
    }
    expect(await axeViolations(guest)).toEqual([]);

    // The facilitator's overview opens the group's notes too.
    await facilitator.page.goto(`/workshop/${workshop.id}/ledning`);
    await facilitator.page.getByText(t('workshop.notes.headingFor', { group: table.name })).first().click();
    await notesEditor(facilitator.page).getByText(GUEST_TEXT).waitFor();
    expect(await axeViolations(facilitator.page)).toEqual([]);
  }, 90_000);
});
