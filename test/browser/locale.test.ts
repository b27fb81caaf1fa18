import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { usePeople } from './editor.helpers';

const POLITICIAN = DEMO_USERS.find((user) => user.role === 'politician')!;

describe.skipIf(!hasChromium)(`English as the second language (${driverUnderTest})`, () => {
  const person = usePeople();

  it('switches the whole interface to English and back, and remembers the choice', async () => {
    const { page } = await person(POLITICIAN.email);
    await page.getByRole('heading', { level: 1, name: t('start.heading') }).waitFor();

    await page.getByRole('button', { name: t('nav.switchLanguage') }).click();
    await page.getByRole('heading', { level: 1, name: t('start.heading', {}, 'en') }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.getByRole('navigation', { name: t('nav.label', {}, 'en') }).getByRole('link', { name: t('nav.workshops', {}, 'en') }).waitFor();
    await page.getByRole('heading', { name: t('documents.heading', {}, 'en'), exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: t('start.heading', {}, 'en') }).waitFor();
    await page.getByRole('button', { name: t('nav.switchLanguage', {}, 'en') }).click();
    await page.getByRole('heading', { level: 1, name: t('start.heading') }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('sv');
  });
});
