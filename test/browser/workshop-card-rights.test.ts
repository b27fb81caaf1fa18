import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { boardRoom } from '../../shared/sync/rooms';
import { addCard } from '../../shared/workshops/board';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary, newCardForm } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const ANNA = 'Anna Gäst';
const BO = 'Bo Gäst';
const ANNAS_CARD = 'Bättre kollektivtrafik på landsbygden';
const FORGED_CARD = 'Sänk skatten – ett kort i någon annans namn';

const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });
async function write(page: Page, categoryName: string, text: string): Promise<void> {
  const { field, add } = await newCardForm(page, categoryName);
  await field.fill(text);
  await add.click();
}

/**
 * Puts an update into the browser's own copy of a room (y-indexeddb's store), as a client that skips the
 * UI would have it: the page sends it to the server on its next connection.
 */
async function plantLocalUpdate(page: Page, roomName: string, update: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const writing = db.transaction('updates', 'readwrite');
          writing.objectStore('updates').add(new Uint8Array(bytes));
          writing.oncomplete = () => {
            db.close();
            resolve();
          };
          writing.onerror = () => reject(writing.error);
        };
      }),
    { name: `samsyn:${roomName}`, bytes: [...update] },
  );
}

describe.skipIf(!hasChromium)(`a board's cards belong to their authors, in the UI and on the server (${driverUnderTest})`, () => {
  const { person, guest } = useWorkshopPeople();

  it('shows edit and delete on one\'s own cards only (delete on any for the facilitator); a forged change is refused and the board reloads', async () => {
    const facilitator = await person(FACILITATOR.email);
    const api = facilitator.context.request;
    const workshop = ((await (await api.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] }).workshops[0]!;
    const [anna, bo] = [await guest(workshop.joinCode, ANNA), await guest(workshop.joinCode, BO)];
    const table = workshop.groups[0]!;
    const { participants } = (await (await api.get(`/api/workshops/${workshop.id}/participants`)).json()) as { participants: Array<{ id: string; name: string }> };
    for (const participant of participants) {
      expect((await api.put(`/api/workshops/${workshop.id}/participants/${participant.id}/group`, { data: { groupId: table.id } })).status()).toBe(200);
    }
    expect((await api.post(`/api/workshops/${workshop.id}/control`, { data: { phaseId: 'grupparbete' } })).status()).toBe(200);
    for (const page of [anna, bo]) {
      await page.getByTestId('workshop-group').filter({ hasText: t('workshop.board.group', { name: table.name }) }).waitFor();
      await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    }

    await write(anna, 'Sociala – Möjligheter', ANNAS_CARD);
    await card(bo, ANNAS_CARD).waitFor();
    await card(anna, ANNAS_CARD).getByRole('button', { name: t('workshop.card.edit') }).waitFor();
    expect(await card(anna, ANNAS_CARD).getByRole('button', { name: t('workshop.card.delete') }).count()).toBe(1);
    expect(await card(bo, ANNAS_CARD).getByRole('button', { name: t('workshop.card.edit') }).count()).toBe(0);
    expect(await card(bo, ANNAS_CARD).getByRole('button', { name: t('workshop.card.delete') }).count()).toBe(0);
    // Moving and clustering are the whole group's.
    expect(await card(bo, ANNAS_CARD).getByRole('button', { name: t('workshop.card.move') }).count()).toBe(1);

    // Bo's browser holds a card in Anna's name that the UI would never write (a client that skips the UI):
    // the server refuses it, and his board drops it, reopens from what is stored and says why.
    const annaId = participants.find((participant) => participant.name === ANNA)!.id;
    const forged = new Y.Doc();
    addCard(forged, { id: crypto.randomUUID(), text: FORGED_CARD, categoryId: 'sociala:mojligheter', author: { participantId: annaId, name: ANNA }, createdAt: new Date().toISOString() });
    await plantLocalUpdate(bo, boardRoom(workshop.id, table.id), Y.encodeStateAsUpdate(forged));
    await bo.reload();
    await bo.getByRole('alert').filter({ hasText: t('workshop.board.changeRefused') }).waitFor();
    await bo.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    await card(bo, ANNAS_CARD).waitFor();
    expect(await card(bo, FORGED_CARD).count()).toBe(0);
    expect(await card(anna, FORGED_CARD).count()).toBe(0);
    expect(await axeViolations(bo)).toEqual([]);
    // The board keeps working for him after the reload.
    await write(bo, 'Sociala – Utmaningar', 'Fler äldre');
    await card(anna, 'Fler äldre').waitFor();

    // The facilitator joins the table and moderates: delete on anyone's card, edit on none.
    const overview = facilitator.page;
    await overview.goto(`/w/${workshop.joinCode}`);
    await overview.getByRole('button', { name: t('workshop.join.submit') }).click();
    await overview.waitForURL(`**/workshop/${workshop.id}`);
    const seated = (await (await api.get(`/api/workshops/${workshop.id}`)).json()) as { workshop: { me: { participantId: string } } };
    expect((await api.put(`/api/workshops/${workshop.id}/participants/${seated.workshop.me.participantId}/group`, { data: { groupId: table.id } })).status()).toBe(200);
    await overview.getByTestId('workshop-group').filter({ hasText: t('workshop.board.group', { name: table.name }) }).waitFor();
    await card(overview, ANNAS_CARD).getByRole('button', { name: t('workshop.card.delete') }).click();
    await overview.getByRole('button', { name: t('workshop.card.deleteYes') }).click();
    await expect.poll(() => card(anna, ANNAS_CARD).count()).toBe(0);
    expect(await card(overview, 'Fler äldre').getByRole('button', { name: t('workshop.card.edit') }).count()).toBe(0);
  }, 90_000);
});
