import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n';
import { boardRoom } from '../../shared/sync/rooms';
import { addCard } from '../../shared/workshops/board';
import { boardLayout } from '../../shared/workshops/board-layouts';
import { axeRuleViolations, axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary } from './workshop.helpers';
import { connectAs } from './room-client.helpers';

const FACILITATOR = 'processledare@exempelkommun.se';
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 3840, height: 2160 },
];
const TEXTS = [
  'Fler äldre behöver nya boendeformer',
  'Kompetensförsörjningen inom vården',
  'Klimatanpassning av dagvattensystemet i centrala delar av tätorten',
  'AI i handläggningen',
  'Ökade räntekostnader för investeringar i skolor och förskolor',
  'Polarisering i debatten',
];

/** Every presented card's box, and the viewport's size, as the browser lays them out now. */
async function cardBoxes(page: Page) {
  return page.evaluate(() => ({
    viewport: { width: innerWidth, height: innerHeight },
    scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
    overflow: document.querySelector<HTMLElement>('[data-testid="presenter-fit"]')?.dataset.overflow,
    wordsCut: [...document.querySelectorAll('.presented-board h3, .presented-board h4, [data-testid="presenter-card"]')].filter((element) => element.scrollWidth > element.clientWidth).length,
    fontPx: parseFloat(getComputedStyle(document.querySelector('[data-testid="presenter-card"]')!).fontSize),
    boxes: [...document.querySelectorAll('[data-testid="presenter-card"]')].map((card) => card.getBoundingClientRect().toJSON() as DOMRect),
  }));
}

describe.skipIf(!hasChromium)(`the presenter view on a projector (${driverUnderTest})`, () => {
  const { person } = useWorkshopPeople();

  it('fills the screen without the app chrome, fits 30 cards at 720p, 1080p and 4K, and goes full screen', async () => {
    const facilitator = await person(FACILITATOR);
    const listed = (await (await facilitator.context.request.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] };
    const workshop = listed.workshops[0]!;
    const projector = facilitator.page;
    projector.setDefaultTimeout(8000);
    await projector.setViewportSize(SCREENS[0]!);
    await projector.goto(`/workshop/${workshop.id}/presentation`);
    await projector.getByTestId('presenter-phase').filter({ hasText: t('workshop.present.notStarted') }).waitFor();

    // Before the day: no menu, no name, no "Logga ut"; no timer text; the code and a large QR code.
    expect(await projector.getByRole('button', { name: t('nav.logout') }).count()).toBe(0);
    expect(await projector.getByTestId('signed-in-user').count()).toBe(0);
    expect(await projector.getByTestId('countdown').count()).toBe(0);
    const qr = projector.getByRole('img', { name: /QR/ });
    await qr.waitFor();
    expect((await qr.boundingBox())!.width).toBeGreaterThan(400);
    await projector.screenshot({ path: 'test-output/presenter-joining-1920x1080.png' });
    expect(await projector.evaluate(() => [...document.querySelectorAll('.presented-board h3, .presented-board h4')].filter((heading) => heading.scrollWidth > heading.clientWidth).length)).toBe(0);
    expect(await axeViolations(projector)).toEqual([]);
    expect(await axeRuleViolations(projector, ['color-contrast-enhanced'])).toEqual([]);

    // 30 cards from two tables, spread over the PESTEL categories, long and short.
    const origin = new URL(projector.url()).origin;
    const categories = boardLayout('pestel').columns.flatMap((column) => column.categories.map((category) => category.id));
    for (const [table, group] of workshop.groups.slice(0, 2).entries()) {
      const { doc, stop } = await connectAs(facilitator.context, origin, boardRoom(workshop.id, group.id));
      for (let index = 0; index < 15; index += 1) {
        const number = table * 15 + index;
        addCard(doc, { id: crypto.randomUUID(), text: `${TEXTS[number % TEXTS.length]} (${number + 1})`, categoryId: categories[(number * 5) % categories.length]!, author: null, createdAt: new Date().toISOString() });
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop();
    }
    await projector.getByTestId('presenter-card').nth(29).waitFor();

    // The group work starts: the join panel becomes a corner badge (still with a small QR code).
    const started = await facilitator.context.request.post(`/api/workshops/${workshop.id}/control`, { data: { phaseId: 'grupparbete' }, headers: { origin } });
    expect(started.status()).toBe(200);
    await projector.getByTestId('presenter-phase').filter({ hasText: t('workshop.phase.groups') }).waitFor();
    await projector.locator('.presenter-badge').waitFor();
    expect((await qr.boundingBox())!.width).toBeLessThan(200);

    const fontPx: number[] = [];
    for (const screen of SCREENS) {
      await projector.setViewportSize(screen);
      await projector.waitForFunction(({ width }) => innerWidth === width, screen);
      await projector.waitForTimeout(300); // the fit follows the resize (ResizeObserver)
      const laidOut = await cardBoxes(projector);
      expect(laidOut.boxes).toHaveLength(30);
      expect(laidOut.overflow).toBe('no');
      expect(laidOut.wordsCut).toBe(0);
      expect(laidOut.scroll).toEqual(laidOut.viewport);
      for (const box of laidOut.boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(screen.width);
        expect(box.bottom).toBeLessThanOrEqual(screen.height);
      }
      // Large enough to read from the back: the type grows with the screen.
      expect(laidOut.fontPx).toBeGreaterThanOrEqual(screen.height / 80);
      fontPx.push(laidOut.fontPx);
      console.log(`presenter ${screen.width}×${screen.height}: 30 cards at ${laidOut.fontPx.toFixed(1)} px`);
      await projector.screenshot({ path: `test-output/presenter-${screen.width}x${screen.height}.png` });
    }
    // The type follows the screen both ways: 4K after 1080p and 720p is twice as large, not stuck.
    expect(fontPx[2]! / fontPx[0]!).toBeGreaterThan(1.8);
    expect(await axeViolations(projector)).toEqual([]);
    expect(await axeRuleViolations(projector, ['color-contrast-enhanced'])).toEqual([]);

    // Full screen by keyboard, and back (Esc is the browser's own way out; the button follows it).
    const fullscreen = projector.getByTestId('fullscreen-button');
    await fullscreen.focus();
    expect(await fullscreen.evaluate((button) => button.matches(':focus-visible'))).toBe(true);
    await projector.keyboard.press('Enter');
    await projector.waitForFunction(() => document.fullscreenElement !== null);
    await projector.getByRole('button', { name: t('workshop.present.leaveFullscreen'), pressed: true }).waitFor();
    await projector.evaluate(() => document.exitFullscreen());
    await projector.getByRole('button', { name: t('workshop.present.fullscreen'), pressed: false }).waitFor();
  }, 90_000);
});
