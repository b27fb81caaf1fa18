import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { documentIdOfType, openDocument, usePeople, waitForSaved } from './editor.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const decision = { decision: { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN 2027/112' } };

describe.skipIf(!hasChromium)(`the diff of a måldokument's goals in the browser (${driverUnderTest})`, () => {
  const person = usePeople();

  it('names each changed goal field in Swedish, with values as the editor shows them', async () => {
    const maria = await person(FACILITATOR.email);
    const id = await documentIdOfType(maria, 'mal');
    await openDocument(maria, id);
    const goal = maria.page.getByTestId('goal').first();
    await goal.getByLabel(t('goal.title'), { exact: true }).fill('Fler elever klarar skolan');
    await goal.getByLabel(t('goal.level'), { exact: true }).selectOption({ label: 'Nämnd / styrelse / bolag' });
    await waitForSaved(maria.page);
    expect((await maria.context.request.post(`/api/documents/${id}/versions`, { data: decision })).status()).toBe(201);
    expect((await maria.context.request.post(`/api/documents/${id}/reopen`)).status()).toBe(204);
    await maria.page.getByTestId('connection-state').filter({ hasText: t('connection.connected') }).waitFor({ timeout: 10_000 });
    await goal.getByLabel(t('goal.level'), { exact: true }).selectOption({ label: 'Kommunfullmäktige' });
    await waitForSaved(maria.page);

    await maria.page.getByLabel(t('versions.diff.to'), { exact: true }).selectOption('draft');
    await maria.page.getByRole('button', { name: t('versions.diff.show') }).click();
    const row = maria.page.getByTestId('diff-result').getByRole('row').filter({ hasText: t('goal.level') });
    await row.waitFor();
    expect((await row.getByRole('cell').allInnerTexts()).map((cell) => cell.trim())).toEqual(['Fler elever klarar skolan', '–', t('goal.level'), 'Nämnd / styrelse / bolag', 'Kommunfullmäktige']);
    expect(await axeViolations(maria.page)).toEqual([]);
  });
});
