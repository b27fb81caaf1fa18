import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { documentIdOfType, openDocument, usePeople } from './editor.helpers';

const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const field = (name: string) => t('editor.goal.indicatorField', { field: name, number: 1 });

/** The indicators' inputs and remove button as laid out now, and whether anything scrolls sideways. */
async function tableLayout(page: Page) {
  return page.getByTestId('goal').last().evaluate((goal) => {
    const section = goal.querySelector('.indicators')!;
    const remove = section.querySelector('[data-testid="indicator"] button')!.getBoundingClientRect();
    const box = goal.getBoundingClientRect();
    return {
      scrolls: section.scrollWidth > section.clientWidth || document.documentElement.scrollWidth > innerWidth,
      inputs: [...section.querySelectorAll('[data-testid="indicator"] input[type="text"]')].map((input) => ({
        label: input.getAttribute('aria-label'),
        width: input.getBoundingClientRect().width,
      })),
      removeVisible: remove.width > 0 && remove.left >= box.left && remove.right <= box.right && remove.right <= innerWidth,
    };
  });
}

describe.skipIf(!hasChromium)(`the indicators fit beside or below the goal's hints (${driverUnderTest})`, () => {
  const person = usePeople();

  it('gives every field the width its content needs at 1366×900 and at 375×667', async () => {
    const lars = await person(POLITICIAN.email);
    await lars.page.setViewportSize({ width: 1366, height: 900 });
    const id = await documentIdOfType(lars, 'mal');
    await openDocument(lars, id);
    const goals = lars.page.getByTestId('goals');
    await goals.getByRole('button', { name: t('goal.add') }).click();
    const goal = goals.getByTestId('goal').last();
    await goal.getByLabel(t('goal.periodFrom')).fill('2027');
    await goal.getByLabel(t('goal.periodTo')).fill('2030');
    await goal.getByRole('button', { name: t('goal.indicator.add') }).click();
    await goal.getByLabel(field(t('editor.goal.targetFor', { year: '2030' }))).waitFor();

    const wide = await tableLayout(lars.page);
    console.log('indicator table at 1366×900', JSON.stringify(wide));
    await goal.screenshot({ path: 'test-output/goal-indicators-1366.png' });
    expect(wide.scrolls).toBe(false);
    expect(wide.removeVisible).toBe(true);
    expect(wide.inputs.find((input) => input.label === field(t('goal.indicator.name')))!.width).toBeGreaterThanOrEqual(160);
    for (const input of wide.inputs) expect(input.width, input.label ?? '').toBeGreaterThanOrEqual(80);
    expect(await axeViolations(lars.page)).toEqual([]);

    await lars.page.setViewportSize({ width: 375, height: 667 });
    const narrow = await tableLayout(lars.page);
    console.log('indicator table at 375×667', JSON.stringify(narrow));
    await goal.screenshot({ path: 'test-output/goal-indicators-375.png' });
    expect(narrow.inputs.find((input) => input.label === field(t('goal.indicator.name')))!.width).toBeGreaterThanOrEqual(160);
    for (const input of narrow.inputs) expect(input.width, input.label ?? '').toBeGreaterThanOrEqual(80);
    // The hints go below the fields on a narrow screen, not beside them.
    const hints = await goal.getByRole('complementary', { name: new RegExp(`^${t('goal.hints')}`) }).boundingBox();
    const table = await goal.locator('.indicators').boundingBox();
    expect(narrow.scrolls).toBe(false);
    expect(narrow.removeVisible).toBe(true);
    expect(hints!.y).toBeGreaterThan(table!.y);
  }, 60_000);
});
