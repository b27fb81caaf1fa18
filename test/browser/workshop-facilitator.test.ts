import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { t } from '../../shared/i18n';
import { boardRoom, controlRoom } from '../../shared/sync/rooms';
import { addCard } from '../../shared/workshops/board';
import { formatJoinCode } from '../../shared/workshops/join-code';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { socketClass } from '../helpers/sync-harness';
import { usePeople } from './editor.helpers';

const FACILITATOR = 'processledare@exempelkommun.se';
const POLITICIAN = 'politiker@exempelkommun.se';
const demoTitle = `Omvärldsdag ${new Date().getUTCFullYear() + 1}`;

/** A Yjs client in Node with this context's session, synced with a room (someone else at a table). */
async function connectAs(context: BrowserContext, origin: string, room: string) {
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/yjs`, room, doc, {
    WebSocketPolyfill: socketClass(cookie, origin) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const stop = () => {
    provider.destroy();
    doc.destroy();
  };
  return { doc, provider, stop };
}

describe.skipIf(!hasChromium)(`the facilitator runs a workshop; the presenter view follows (${driverUnderTest})`, () => {
  const person = usePeople();

  it('creates a workshop from the list, with Swedish errors first; it is listed with its join code', async () => {
    const { page } = await person(FACILITATOR);
    await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.workshops') }).click();
    await page.getByRole('heading', { level: 1, name: t('workshop.list.heading') }).waitFor();
    await page.getByTestId('workshop-item').filter({ hasText: demoTitle }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const form = page.getByRole('region', { name: t('workshop.create.heading') });
    await form.getByLabel(t('workshop.create.groupCount')).fill('0');
    await form.getByRole('button', { name: t('workshop.create.submit') }).click();
    await form.getByText(t('form.missing', { field: t('workshop.create.title') })).waitFor();
    await form.getByText(t('workshop.create.dateMissing')).waitFor();
    await form.getByText(t('workshop.create.groupCountInvalid', { max: 30 })).waitFor();
    expect(await form.getByLabel(t('workshop.create.title')).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel(t('workshop.create.type')).selectOption('budgetdag');
    await form.getByLabel(t('workshop.create.title')).fill('Budgetdag april');
    await form.getByLabel(t('workshop.create.date')).fill('2027-04-15');
    await form.getByLabel(t('workshop.create.groupCount')).fill('4');
    await form.getByLabel(t('workshop.create.layout')).selectOption('vagval');
    await form.getByRole('button', { name: t('workshop.create.submit') }).click();
    await page.getByRole('status').filter({ hasText: t('workshop.create.done', { title: 'Budgetdag april' }) }).waitFor();

    const item = page.getByTestId('workshop-item').filter({ hasText: 'Budgetdag april' });
    expect(await item.innerText()).toContain(t('workshop.list.meta', { type: t('workshop.type.budgetdag'), date: '15 april 2027', groups: 4 }));
    expect(await item.getByTestId('workshop-join-code').innerText()).toMatch(/^[2-9A-Z]{4} [2-9A-Z]{4}$/);
    const listed = await page.context().request.get('/api/workshops');
    const created = ((await listed.json()) as { workshops: Array<{ title: string; joinCode: string; layout: { columns: Array<{ id: string }> } }> }).workshops.find(
      (workshop) => workshop.title === 'Budgetdag april',
    )!;
    expect(await item.getByTestId('workshop-join-code').innerText()).toBe(formatJoinCode(created.joinCode));
    expect(created.layout.columns.map((column) => column.id)).toEqual(['globalisering', 'demografi', 'klimat', 'teknik', 'varderingar']);
  });

  it('runs the demo omvärldsdag: phase, timer and presented group reach the presenter live, and back a phase too', async () => {
    const facilitator = await person(FACILITATOR);
    const politician = await person(POLITICIAN);
    const page = facilitator.page;
    for (const each of [page, politician.page]) each.setDefaultTimeout(8000);
    await page.goto('/workshoppar');
    await page.getByRole('link', { name: t('workshop.list.runNamed', { title: demoTitle }) }).click();
    await page.getByRole('heading', { level: 1, name: t('workshop.fac.title', { title: demoTitle }) }).waitFor();
    const joinCode = await page.getByTestId('join-code').innerText();
    expect(joinCode).toMatch(/^[2-9A-Z]{4} [2-9A-Z]{4}$/);
    expect(await page.getByTestId('join-url').innerText()).toBe(`${new URL(page.url()).origin}/w/${joinCode.replace(' ', '')}`);
    await page.getByTestId('board-summary').first().waitFor();
    expect(await page.getByTestId('board-summary').count()).toBe(6);

    // The politician's browser is the projector.
    const workshopId = new URL(page.url()).pathname.split('/')[2]!;
    const workshopGroups = ((await (await facilitator.context.request.get(`/api/workshops/${workshopId}`)).json()) as { workshop: { groups: Array<{ id: string; name: string }> } })
      .workshop.groups;
    const screen = politician.page;
    await screen.goto(`/workshop/${workshopId}/presentation`);
    const phase = screen.getByTestId('presenter-phase');
    await phase.filter({ hasText: t('workshop.present.notStarted') }).waitFor();
    await screen.getByTestId('presented-board-heading').filter({ hasText: t('workshop.present.plenary') }).waitFor();

    const groupsPhase = t('workshop.phase.groups');
    await page.getByRole('button', { name: t('workshop.fac.startPhase', { name: groupsPhase }) }).click();
    await phase.filter({ hasText: groupsPhase }).waitFor({ timeout: 5000 });
    await screen.getByText(t('workshop.phase.groupsText')).waitFor();
    await page.getByTestId('current-phase').filter({ hasText: t('workshop.fac.currentPhase', { name: groupsPhase }) }).waitFor();
    expect(await page.locator('[aria-current="step"]').innerText()).toContain(groupsPhase);

    await page.getByLabel(t('workshop.fac.minutes')).fill('10');
    await page.getByRole('button', { name: t('workshop.fac.startTimer') }).click();
    const countdown = screen.getByRole('timer', { name: t('workshop.timer.label') });
    await countdown.waitFor({ timeout: 5000 });
    expect(await countdown.innerText()).toMatch(/^(10:00|9:[45]\d) kvar$/);
    expect(await page.getByRole('timer').innerText()).toMatch(/^(10:00|9:[45]\d) kvar$/);

    // Keyboard only: choose Bord 3 for the projector and press Enter on the button.
    const select = page.getByLabel(t('workshop.fac.presentSelect'));
    await select.focus();
    await select.selectOption({ label: 'Bord 3' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await screen.getByTestId('presented-board-heading').filter({ hasText: t('workshop.present.groupBoard', { name: 'Bord 3' }) }).waitFor({ timeout: 5000 });
    await page.getByTestId('presented-now').filter({ hasText: t('workshop.fac.presentingGroup', { name: 'Bord 3' }) }).waitFor();

    // The politician may not read the boards: the projector says so instead of showing empty ones.
    await screen.getByText(t('workshop.present.boardDenied')).waitFor();

    // The facilitator's own projector tab: join code, QR code, and Bord 3's cards as they are written.
    const projector = await facilitator.context.newPage();
    projector.setDefaultTimeout(8000);
    await projector.goto(`/workshop/${workshopId}/presentation`);
    await projector.getByTestId('presented-board-heading').filter({ hasText: t('workshop.present.groupBoard', { name: 'Bord 3' }) }).waitFor();
    expect(await projector.getByTestId('join-code').innerText()).toBe(joinCode);
    const origin = new URL(page.url()).origin;
    await projector.getByRole('img', { name: t('workshop.join.qrAlt', { url: `${origin}/w/${joinCode.replace(' ', '')}` }) }).waitFor();
    const bord3 = workshopGroups.find((group) => group.name === 'Bord 3')!;
    const { doc, stop } = await connectAs(facilitator.context, origin, boardRoom(workshopId, bord3.id));
    addCard(doc, { id: crypto.randomUUID(), text: 'Fler äldre behöver nya boendeformer', categoryId: 'sociala:utmaningar', author: null, createdAt: new Date().toISOString() });
    try {
      await projector.getByText('Fler äldre behöver nya boendeformer').waitFor({ timeout: 5000 });
      await page.getByTestId('board-summary').filter({ hasText: 'Bord 3' }).getByTestId('board-counts').filter({ hasText: t('workshop.fac.counts', { cards: 1 }) }).waitFor();
    } finally {
      stop();
    }

    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(screen)).toEqual([]);
    expect(await axeViolations(projector)).toEqual([]);
    await projector.screenshot({ path: 'test-output/workshop-presenter.png', fullPage: true });

    // Back a phase: the projector follows.
    const intro = t('workshop.phase.intro');
    await page.getByRole('button', { name: t('workshop.fac.previousNamed', { name: intro }) }).click();
    await phase.filter({ hasText: intro }).waitFor({ timeout: 5000 });
    await screen.getByText(t('workshop.phase.introText')).waitFor();

    // Stop the timer; back to the plenary.
    await page.getByRole('button', { name: t('workshop.fac.stopTimer') }).click();
    await screen.getByTestId('countdown').filter({ hasText: t('workshop.timer.none') }).waitFor({ timeout: 5000 });
    await select.selectOption({ label: t('workshop.fac.plenary') });
    await page.getByRole('button', { name: t('workshop.fac.presentSubmit'), exact: true }).click();
    await screen.getByTestId('presented-board-heading').filter({ hasText: t('workshop.present.plenary') }).waitFor({ timeout: 5000 });

    // The politician joins; the facilitator moves them to Bord 5 with the keyboard alone.
    const joined = await politician.context.request.post('/api/workshops/join', { data: { code: joinCode.replace(' ', '') }, headers: { origin } });
    expect(joined.status()).toBe(200);
    const row = page.getByRole('row').filter({ hasText: 'Lars Nilsson' });
    await row.waitFor({ timeout: 10_000 });
    const target = row.getByLabel(t('workshop.fac.moveLabel', { name: 'Lars Nilsson' }));
    await target.focus();
    await target.selectOption({ label: 'Bord 5' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: t('workshop.fac.moved', { name: 'Lars Nilsson', group: 'Bord 5' }) }).waitFor();
    expect(await row.getByRole('cell').first().innerText()).toBe('Bord 5');

    // Their board signals "klar" through the control room's awareness: the overview shows it.
    const bord5 = workshopGroups.find((group) => group.name === 'Bord 5')!;
    const table = await connectAs(politician.context, origin, controlRoom(workshopId));
    try {
      table.provider.awareness.setLocalState({ name: 'Lars Nilsson', groupId: bord5.id, done: true });
      const summary = page.getByTestId('board-summary').filter({ hasText: 'Bord 5' });
      await summary.getByText(t('workshop.fac.connected', { names: t('workshop.fac.nameDone', { name: 'Lars Nilsson' }) })).waitFor({ timeout: 5000 });
      await row.getByRole('cell', { name: t('workshop.fac.done'), exact: true }).waitFor();
      await page.getByTestId('connected-count').filter({ hasText: t('workshop.fac.connectedCount', { count: 1, done: 1 }) }).waitFor();
    } finally {
      table.stop();
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-output/workshop-overview.png', fullPage: true });

    // The end of the day: the cards as CSV, and a sammanställning that opens as a document.
    const csv = await page.request.get((await page.getByRole('link', { name: t('workshop.fac.csv') }).getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toContain(t('workshop.export.card'));
    await page.getByRole('button', { name: t('workshop.fac.compile') }).click();
    const compiled = page.getByRole('status').filter({ hasText: t('workshop.fac.compiled') }).getByRole('link');
    await compiled.click();
    await page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: t('workshop.compile.title', { title: 'Omvärldsdag' }).split(':')[0]! }).first().waitFor();
  }, 90_000);
});
