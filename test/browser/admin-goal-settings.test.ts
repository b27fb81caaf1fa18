import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import type { OrganisationSettings } from '../../shared/domain/organisation-settings';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { documentIdOfType, openDocument, usePeople, type Person } from './editor.helpers';

const ADMIN = DEMO_USERS.find((user) => user.role === 'admin')!;
const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;

describe.skipIf(!hasChromium)(`the goal settings on the organisation page (${driverUnderTest})`, () => {
  const person = usePeople();

  async function openSettings(admin: Person) {
    await admin.page.goto('/admin/organisation');
    await admin.page.getByTestId('body-tree').waitFor();
    return admin.page.getByRole('region', { name: t('goalSettings.heading') });
  }
  const focused = (admin: Person) => admin.page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.tagName);

  it('renames a level, counts in total, asks for parents and adds a follow-up; a goal in a document follows', async () => {
    const admin = await person(ADMIN.email);
    const section = await openSettings(admin);
    const level = (number: number) => section.getByRole('group', { name: t('goalSettings.level', { number }), exact: true });
    const period = (number: number) => section.getByRole('group', { name: t('goalSettings.period', { number }), exact: true });
    expect(await axeViolations(admin.page)).toEqual([]);

    await level(2).getByLabel(t('goalSettings.level.name')).fill('Nämnd och bolag');

    // Reordering by keyboard keeps focus on the button that moved the level.
    await level(4).getByRole('button', { name: `${t('goalSettings.level.up')} Enhet` }).focus();
    await admin.page.keyboard.press('Enter');
    await section.getByRole('status').filter({ hasText: t('goalSettings.moved', { name: 'Enhet', number: 3 }) }).waitFor();
    await expect.poll(() => level(3).getByLabel(t('goalSettings.level.name')).inputValue()).toBe('Enhet');
    await expect.poll(() => focused(admin)).toBe(`${t('goalSettings.level.up')} Enhet`);
    await level(3).getByRole('button', { name: `${t('goalSettings.level.down')} Enhet` }).press('Enter');
    await expect.poll(() => level(4).getByLabel(t('goalSettings.level.name')).inputValue()).toBe('Enhet');

    await section.getByRole('radio', { name: t('goalSettings.rule.totalWithTop') }).check();
    await section.getByLabel(t('goalSettings.rule.totalMax')).fill('0');
    await section.getByRole('checkbox', { name: t('goalSettings.requireParent') }).check();

    await section.getByRole('button', { name: t('goalSettings.period.add') }).click();
    await expect.poll(() => admin.page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await admin.page.keyboard.type('Tertialrapport');
    await period(3).getByLabel(t('goalSettings.period.day')).selectOption('31');
    await period(3).getByLabel(t('goalSettings.period.month')).selectOption({ label: 'april' });
    await period(3).getByRole('checkbox', { name: t('goalSettings.period.forecast') }).check();

    // The form's own checks, beside their fields, before anything is sent.
    await section.getByRole('button', { name: t('goalSettings.submit') }).click();
    await section.getByRole('alert').filter({ hasText: t('goalSettings.error.totalMax', { min: 1, max: 50 }) }).waitFor();
    await period(3).getByRole('alert').filter({ hasText: t('goalSettings.error.periodDay', { number: 3, asOf: '04-31' }) }).waitFor();
    await expect(section.getByLabel(t('goalSettings.rule.totalMax')).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(admin.page)).toEqual([]);

    await section.getByLabel(t('goalSettings.rule.totalMax')).fill('7');
    await period(3).getByLabel(t('goalSettings.period.day')).selectOption('30');
    await section.getByRole('button', { name: t('goalSettings.submit') }).click();
    await section.getByRole('status').filter({ hasText: t('goalSettings.saved') }).waitFor();

    const stored = ((await (await admin.context.request.get('/api/admin/organisation')).json()) as { organisation: { settings: OrganisationSettings } }).organisation.settings;
    expect(stored.goalLevels.map((one) => [one.key, one.name])).toEqual([
      ['kf', 'Kommunfullmäktige'],
      ['namnd', 'Nämnd och bolag'],
      ['forvaltning', 'Förvaltning'],
      ['enhet', 'Enhet'],
    ]);
    expect(stored).toMatchObject({ goalCountRule: { kind: 'totalWithTop', max: 7 }, requireParentGoal: true });
    expect(stored.followUpPeriods[2]).toEqual({ key: 'tertialrapport', name: 'Tertialrapport', asOf: '04-30', forecast: true });

    await admin.page.reload();
    const again = await openSettings(admin);
    const levelAgain = (number: number) => again.getByRole('group', { name: t('goalSettings.level', { number }), exact: true });
    await expect(levelAgain(2).getByLabel(t('goalSettings.level.name')).inputValue()).resolves.toBe('Nämnd och bolag');
    await expect(again.getByRole('radio', { name: t('goalSettings.rule.totalWithTop') }).isChecked()).resolves.toBe(true);
    await expect(again.getByLabel(t('goalSettings.rule.totalMax')).inputValue()).resolves.toBe('7');
    await expect(again.getByRole('checkbox', { name: t('goalSettings.requireParent') }).isChecked()).resolves.toBe(true);
    const third = again.getByRole('group', { name: t('goalSettings.period', { number: 3 }), exact: true });
    await expect(third.getByLabel(t('goalSettings.period.name')).inputValue()).resolves.toBe('Tertialrapport');
    await expect(third.getByLabel(t('goalSettings.period.day')).inputValue()).resolves.toBe('30');
    await expect(third.getByLabel(t('goalSettings.period.month')).inputValue()).resolves.toBe('4');
    await expect(third.getByRole('checkbox', { name: t('goalSettings.period.forecast') }).isChecked()).resolves.toBe(true);
    expect(await axeViolations(admin.page)).toEqual([]);

    // A politician's goal offers the renamed level, and with the parent rule on asks for a parent below the top.
    const lars = await person(POLITICIAN.email);
    await openDocument(lars, await documentIdOfType(lars, 'mal'));
    const goals = lars.page.getByTestId('goals');
    await goals.getByRole('button', { name: t('goal.add') }).click();
    const goal = goals.getByTestId('goal').last();
    const select = goal.getByLabel(t('goal.level'), { exact: true });
    await expect(select.locator('option').allInnerTexts()).resolves.toEqual([t('goal.level.none'), 'Kommunfullmäktige', 'Nämnd och bolag', 'Förvaltning', 'Enhet']);
    const hints = goal.getByRole('complementary', { name: new RegExp(`^${t('goal.hints')}`) });
    await select.selectOption({ label: 'Kommunfullmäktige' });
    await expect.poll(() => hints.getByText(t('goal.hint.parentMissing')).count()).toBe(0);
    await select.selectOption({ label: 'Nämnd och bolag' });
    await hints.getByText(t('goal.hint.parentMissing')).waitFor();
    await expect(select.inputValue()).resolves.toBe('namnd');
  });

  it('keeps a level removed from the settings on the goals that have it, shown as unknown', async () => {
    const lars = await person(POLITICIAN.email);
    await openDocument(lars, await documentIdOfType(lars, 'mal'));
    const goals = lars.page.getByTestId('goals');
    await goals.getByRole('button', { name: t('goal.add') }).click();
    const goal = goals.getByTestId('goal').last();
    await goal.getByLabel(t('goal.title'), { exact: true }).fill('Trygga arbetsplatser');
    await goal.getByRole('heading', { name: /Trygga arbetsplatser/ }).waitFor();
    await goal.getByLabel(t('goal.level'), { exact: true }).selectOption({ label: 'Enhet' });

    const admin = await person(ADMIN.email);
    const section = await openSettings(admin);
    const enhet = section.getByRole('group', { name: t('goalSettings.level', { number: 4 }), exact: true });
    await enhet.getByRole('button', { name: `${t('goalSettings.level.remove')} Enhet` }).click();
    await expect.poll(() => focused(admin)).toBe(t('goalSettings.level.add'));
    await section.getByRole('button', { name: t('goalSettings.submit') }).click();
    await section.getByRole('status').filter({ hasText: t('goalSettings.saved') }).waitFor();

    await lars.page.reload();
    const seen = lars.page.getByTestId('goal').filter({ has: lars.page.getByRole('heading', { name: /Trygga arbetsplatser/ }) });
    const select = seen.getByLabel(t('goal.level'), { exact: true });
    await expect.poll(() => select.inputValue()).toBe('enhet');
    await expect(select.locator('option:checked').innerText()).resolves.toBe(t('goalSettings.level.unknown', { key: 'enhet' }));
    await seen.getByText(t('goalSettings.level.unknownHint')).waitFor();
    expect(await axeViolations(lars.page)).toEqual([]);
  });
});
