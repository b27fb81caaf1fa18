import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const BY_TOUCH = 'Fler mötesplatser för unga';
const BY_KEYBOARD = 'Färre bussturer på landsbygden';

describe.skipIf(!hasChromium)(`the board on a phone, 375×667 (${driverUnderTest})`, () => {
  const { person, guest } = useWorkshopPeople();

  it('has a compact header, one "Nytt kort" by touch and keyboard, and categories that fold', async () => {
    const facilitator = await person(FACILITATOR.email);
    const api = facilitator.context.request;
    const workshop = ((await (await api.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] }).workshops[0]!;
    expect((await api.post(`/api/workshops/${workshop.id}/control`, { data: { phaseId: 'grupparbete' } })).status()).toBe(200);
    const phone = await guest(workshop.joinCode, 'Petra Mobil');
    await phone.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor();
    const newCard = phone.getByRole('button', { name: t('workshop.board.newCard'), exact: true });
    await newCard.waitFor();

    // The demo's PESTEL board: twelve empty categories folded to a line each, no text box open.
    expect(await phone.locator('textarea').count()).toBe(0);
    const measured = await phone.evaluate(() => ({
      header: document.querySelector('.app-header')!.getBoundingClientRect().height,
      page: document.documentElement.scrollHeight,
      board: document.querySelector('.board-columns')!.getBoundingClientRect().height,
    }));
    await phone.screenshot({ path: 'test-output/phone-board.png', fullPage: true });
    console.log(`phone board: header ${measured.header} px, board ${measured.board} px, page ${measured.page} px`);
    expect(measured.header).toBeLessThanOrEqual(667 * 0.15);
    expect(measured.board).toBeLessThanOrEqual(2 * 667);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    expect(await axeViolations(phone)).toEqual([]);

    // By touch: Nytt kort, the category, the text, Lägg till kort; the category opens with the card.
    await newCard.tap();
    await phone.getByLabel(t('workshop.board.newCardCategory')).selectOption({ label: 'Sociala – Möjligheter' });
    const field = phone.getByLabel(t('workshop.card.new', { category: 'Sociala – Möjligheter' }));
    await field.tap();
    await field.fill(BY_TOUCH);
    await phone.getByRole('button', { name: t('workshop.card.add') }).tap();
    const social = phone.getByRole('region', { name: 'Sociala – Möjligheter', exact: true });
    await social.getByTestId('card').filter({ hasText: BY_TOUCH }).waitFor();
    const toggle = social.getByRole('button', { name: /^Möjligheter/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.innerText()).toContain(t('workshop.board.cardCount', { count: 1 }));
    expect(await axeViolations(phone)).toEqual([]);

    // The category folds away by a tap, and opens again.
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await social.getByTestId('card').count()).toBe(0);
    await toggle.tap();
    await social.getByTestId('card').filter({ hasText: BY_TOUCH }).waitFor();

    // By keyboard: closed with Stäng (focus back on Nytt kort), opened with Enter on the category chooser.
    await phone.getByRole('button', { name: t('workshop.board.closeNewCard') }).tap();
    expect(await newCard.getAttribute('aria-expanded')).toBe('false');
    expect(await newCard.evaluate((button) => button === document.activeElement)).toBe(true);
    await phone.keyboard.press('Enter');
    const chooser = phone.getByLabel(t('workshop.board.newCardCategory'));
    expect(await chooser.evaluate((select) => select === document.activeElement && select.matches(':focus-visible'))).toBe(true);
    await chooser.selectOption({ label: 'Politiska – Möjligheter' });
    await phone.keyboard.press('ArrowDown');
    expect(await chooser.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('Politiska – Utmaningar');
    await phone.keyboard.press('Tab');
    await phone.keyboard.type(BY_KEYBOARD);
    await phone.keyboard.press('Tab');
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe(t('workshop.card.add'));
    await phone.keyboard.press('Enter');
    await phone.getByRole('region', { name: 'Politiska – Utmaningar', exact: true }).getByTestId('card').filter({ hasText: BY_KEYBOARD }).waitFor();
    expect(await phone.getByLabel(t('workshop.card.new', { category: 'Politiska – Utmaningar' })).inputValue()).toBe('');
    await phone.screenshot({ path: 'test-output/phone-board-writing.png' });
    expect(await axeViolations(phone)).toEqual([]);
  }, 60_000);
});
