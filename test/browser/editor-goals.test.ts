import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { agenda2030Label } from '../../shared/goals/agenda2030';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { documentIdOfType, openDocument, usePeople, waitForSaved } from './editor.helpers';

const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;
const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;

describe.skipIf(!hasChromium)(`goal blocks of a måldokument in the browser (${driverUnderTest})`, () => {
  const person = usePeople();

  it('edits a goal by keyboard and labels alone, live for the other person; hints follow', async () => {
    const [lars, sara] = await Promise.all([person(POLITICIAN.email), person(OFFICIAL.email)]);
    const id = await documentIdOfType(lars, 'mal');
    await Promise.all([openDocument(lars, id), openDocument(sara, id)]);
    const goals = lars.page.getByTestId('goals');
    await goals.getByRole('button', { name: t('goal.add') }).click();
    const goal = goals.getByTestId('goal').last();
    const hints = goal.getByRole('complementary', { name: new RegExp(`^${t('goal.hints')}`) });
    await hints.getByText(t('goal.hint.titleMissing')).waitFor();

    await goal.getByLabel(t('goal.title'), { exact: true }).pressSequentially('Fler elever klarar skolan', { delay: 10 });
    await goal.getByRole('heading', { name: /Fler elever klarar skolan/ }).waitFor();
    expect(await hints.getByText(t('goal.hint.titleMissing')).count()).toBe(0);
    await goal.getByLabel(t('goal.level'), { exact: true }).selectOption('namnd');
    await goal.getByLabel(t('goal.periodFrom')).fill('2027');
    await goal.getByLabel(t('goal.periodTo')).fill('2029');
    await goal.getByLabel(t('goal.responsibleBody'), { exact: true }).selectOption({ label: 'Barn- och bildningsnämnden (BUN)' });
    await goal.getByText(t('goal.agenda2030'), { exact: false }).first().click();
    await goal.getByLabel(agenda2030Label(4)).check();
    await goal.getByRole('textbox', { name: t('goal.viljeinriktning') }).click();
    await lars.page.keyboard.type('Alla elever ska nå målen.');
    await goal.getByRole('button', { name: t('goal.indicator.add') }).click();
    for (const year of ['2027', '2028', '2029']) {
      await goal.getByLabel(t('editor.goal.indicatorField', { field: t('editor.goal.targetFor', { year }), number: 1 })).waitFor();
    }
    await goal.getByLabel(t('editor.goal.indicatorField', { field: t('indicator.unit'), number: 1 })).fill('%');
    await goal.getByLabel(t('editor.goal.indicatorField', { field: t('editor.goal.targetFor', { year: '2029' }), number: 1 }), { exact: true }).fill('90 %');
    await goal.getByLabel(t('editor.goal.indicatorField', { field: t('goal.indicator.genderSplit'), number: 1 })).check();
    expect(await hints.getByText(t('goal.hint.responsibleMissing')).count()).toBe(0);
    expect(await hints.getByText(t('goal.hint.periodMissing')).count()).toBe(0);
    expect(await axeViolations(lars.page)).toEqual([]);

    // The other person sees it all, live.
    const seen = sara.page.getByTestId('goal').last();
    await seen.getByRole('heading', { name: /Fler elever klarar skolan/ }).waitFor();
    await expect.poll(() => seen.getByLabel(t('goal.level'), { exact: true }).inputValue()).toBe('namnd');
    await expect.poll(() => seen.getByLabel(t('goal.periodTo')).inputValue()).toBe('2029');
    await expect.poll(() => seen.getByLabel(agenda2030Label(4)).isChecked()).toBe(true);
    await seen.getByRole('textbox', { name: t('goal.viljeinriktning') }).getByText('Alla elever ska nå målen.').waitFor();
    await expect
      .poll(() => {
        // Könsuppdelad, the value given before is the target's totalt.
        const total = t('indicator.partOf', { group: t('editor.goal.targetFor', { year: '2029' }), part: t('indicator.total') });
        return seen.getByLabel(t('editor.goal.indicatorField', { field: total, number: 1 }), { exact: true }).inputValue();
      })
      .toBe('90\u00a0%');
    await waitForSaved(lars.page);
  });
});
