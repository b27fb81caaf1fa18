import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { formatSwedishNumber } from '../../shared/goals/numbers';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { documentIdOfType, openDocument, usePeople, waitForSaved } from './editor.helpers';

const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;
const VIEWER = DEMO_USERS.find((user) => user.role === 'viewer')!;

const field = (name: string) => t('editor.goal.indicatorField', { field: name, number: 1 });
const part = (group: string, name: string) => field(t('indicator.partOf', { group, part: name }));
const BASELINE = field(t('goal.indicator.baseline'));
const TARGET_2027 = field(t('editor.goal.targetFor', { year: '2027' }));

describe.skipIf(!hasChromium)(`an indicator's figures in the browser (${driverUnderTest})`, () => {
  const person = usePeople();

  it('reads "12,5 %" as a number shown in sv-SE, live for the other person; "tolv" is refused in Swedish and stores nothing', async () => {
    const [lars, sara, birgitta] = await Promise.all([person(POLITICIAN.email), person(OFFICIAL.email), person(VIEWER.email)]);
    const id = await documentIdOfType(lars, 'mal');
    await Promise.all([openDocument(lars, id), openDocument(sara, id), openDocument(birgitta, id, t('connection.readOnly'))]);
    const goals = lars.page.getByTestId('goals');
    await goals.getByRole('button', { name: t('goal.add') }).click();
    const goal = goals.getByTestId('goal').last();
    await goal.getByLabel(t('goal.periodFrom')).fill('2027');
    await goal.getByLabel(t('goal.periodTo')).fill('2028');
    await goal.getByRole('button', { name: t('goal.indicator.add') }).click();
    const hints = goal.getByRole('complementary', { name: new RegExp(`^${t('goal.hints')}`) });

    // By keyboard alone: the unit, then the baseline's year and value.
    await goal.getByLabel(field(t('indicator.unit')), { exact: true }).fill('%');
    await goal.getByLabel(part(t('goal.indicator.baseline'), t('indicator.baselineYear')), { exact: true }).focus();
    await lars.page.keyboard.type('2025');
    await lars.page.keyboard.press('Tab');
    const baseline = goal.getByLabel(BASELINE, { exact: true });
    await expect(baseline.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await lars.page.keyboard.type('12,5 %');
    await lars.page.keyboard.press('Tab');
    await expect.poll(() => baseline.inputValue()).toBe(formatSwedishNumber(12.5, '%'));
    expect(await baseline.getAttribute('inputmode')).toBe('decimal');

    const seen = sara.page.getByTestId('goal').last();
    await expect.poll(() => seen.getByLabel(BASELINE, { exact: true }).inputValue()).toBe('12,5\u00a0%');
    await expect.poll(() => seen.getByLabel(part(t('goal.indicator.baseline'), t('indicator.baselineYear')), { exact: true }).inputValue()).toBe('2025');

    // A word is no number: the field keeps it, says why in Swedish, and nothing is stored.
    const target = goal.getByLabel(TARGET_2027, { exact: true });
    await target.fill('tolv');
    await target.press('Tab');
    const error = goal.getByRole('alert').filter({ hasText: t('indicator.error.notANumber') });
    await error.waitFor();
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    expect(await target.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await target.inputValue()).toBe('tolv');
    expect(await axeViolations(lars.page)).toEqual([]);
    await waitForSaved(lars.page);
    expect(await seen.getByLabel(TARGET_2027, { exact: true }).inputValue()).toBe('');
    await hints.getByText(t('goal.hint.targetMissing', { name: '–' })).waitFor();

    // Fixed, it is stored and the error goes.
    await target.fill('40');
    await target.press('Tab');
    await expect.poll(() => error.count()).toBe(0);
    expect(await target.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => seen.getByLabel(TARGET_2027, { exact: true }).inputValue()).toBe('40\u00a0%');

    // Könsuppdelad: kvinnor, män and totalt for the baseline and every target.
    await goal.getByLabel(field(t('goal.indicator.genderSplit'))).check();
    await goal.getByLabel(part(t('goal.indicator.baseline'), t('indicator.women')), { exact: true }).fill('1 234');
    await goal.getByLabel(part(t('goal.indicator.baseline'), t('indicator.men')), { exact: true }).fill('−3,5');
    await goal.getByLabel(part(t('editor.goal.targetFor', { year: '2028' }), t('indicator.note')), { exact: true }).fill('enligt plan');
    await expect.poll(() => seen.getByLabel(part(t('goal.indicator.baseline'), t('indicator.women')), { exact: true }).inputValue()).toBe('1\u00a0234\u00a0%');
    await expect.poll(() => seen.getByLabel(part(t('goal.indicator.baseline'), t('indicator.men')), { exact: true }).inputValue()).toBe('−3,5\u00a0%');
    expect(await seen.getByLabel(part(t('goal.indicator.baseline'), t('indicator.total')), { exact: true }).inputValue()).toBe('12,5\u00a0%');
    await expect.poll(() => seen.getByLabel(part(t('editor.goal.targetFor', { year: '2028' }), t('indicator.note')), { exact: true }).inputValue()).toBe('enligt plan');
    expect(await axeViolations(sara.page)).toEqual([]);

    // Someone who may only read sees the figures and cannot change them.
    const viewed = birgitta.page.getByTestId('goal').last();
    const viewedTotal = viewed.getByLabel(part(t('goal.indicator.baseline'), t('indicator.total')), { exact: true });
    await expect.poll(() => viewedTotal.inputValue()).toBe('12,5\u00a0%');
    expect(await viewedTotal.isDisabled()).toBe(true);
    expect(await axeViolations(birgitta.page)).toEqual([]);
    await waitForSaved(lars.page);
  }, 90_000);
});
