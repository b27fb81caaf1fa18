import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { openDocument, usePeople, waitForSaved, type Person } from './editor.helpers';

const OFFICIAL = DEMO_USERS.find((user) => user.role === 'official')!;
const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;
const decision = (paragraph: string) => ({ decision: { body: 'Kommunfullmäktige', date: '2026-11-23', paragraph, diarienummer: 'KS/2026:311' } });

describe.skipIf(!hasChromium)(`the goal chain across documents in the browser (${driverUnderTest})`, () => {
  const person = usePeople();

  async function bodyId(who: Person, name: string): Promise<string> {
    const { bodies } = (await (await who.context.request.get('/api/bodies')).json()) as { bodies: Array<{ id: string; name: string }> };
    return bodies.find((body) => body.name === name)!.id;
  }
  async function newGoalDocument(who: Person, title: string, body: string): Promise<string> {
    const response = await who.context.request.post('/api/documents', { data: { type: 'mal', title, bodyId: await bodyId(who, body) } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { document: { id: string } }).document.id;
  }
  /** Fills the document's first goal (from the template): its title and level, as a person does. */
  async function fillFirstGoal(who: Person, title: string, level: string) {
    const goal = who.page.getByTestId('goal').first();
    await goal.getByLabel(t('goal.title'), { exact: true }).fill(title);
    await goal.getByLabel(t('goal.level'), { exact: true }).selectOption({ label: level });
    await waitForSaved(who.page);
    return goal;
  }
  const goalIdOf = async (who: Person, documentId: string) => {
    await expect.poll(async () => ((await (await who.context.request.get(`/api/goals?documentId=${documentId}`)).json()) as { goals: unknown[] }).goals.length).toBe(1);
    return ((await (await who.context.request.get(`/api/goals?documentId=${documentId}`)).json()) as { goals: Array<{ id: string }> }).goals[0]!.id;
  };

  it('links a nämnd goal to KF’s fastställd goal, shows it under KF’s goal, and says when KF has changed its goal since', async () => {
    const [sara, maria] = await Promise.all([person(OFFICIAL.email), person(FACILITATOR.email)]);
    const kf = await newGoalDocument(sara, 'KF:s mål för testet', 'Kommunfullmäktige');
    await openDocument(sara, kf);
    await fillFirstGoal(sara, 'Alla barn och unga lyckas i skolan', 'Kommunfullmäktige');
    const kfGoal = await goalIdOf(sara, kf);
    expect((await maria.context.request.post(`/api/documents/${kf}/versions`, { data: decision('§ 142') })).status()).toBe(201);

    const bun = await newGoalDocument(sara, 'Barn- och bildningsnämndens mål', 'Barn- och bildningsnämnden');
    await openDocument(sara, bun);
    const goal = await fillFirstGoal(sara, 'Fler elever når kunskapskraven', 'Nämnd / styrelse / bolag');
    const parent = goal.getByLabel(t('goal.parent'), { exact: true });
    const option = t('goal.parent.optionInForceDecision', { title: 'Alla barn och unga lyckas i skolan', document: 'KF:s mål för testet', version: 1, body: 'Kommunfullmäktige', date: '2026-11-23', paragraph: '§ 142' });
    await expect.poll(() => parent.locator(`optgroup[label="${t('goal.parent.inForce')}"] option`).allInnerTexts(), { timeout: 15_000 }).toContain(option);
    // The demo kommun's own KF goals are offered too; the select is a native one, so the keyboard works as everywhere.
    await parent.selectOption({ label: option });
    await expect.poll(() => parent.inputValue()).toBe(kfGoal);
    await waitForSaved(sara.page);
    expect(await axeViolations(sara.page)).toEqual([]);

    // KF's goal page lists the nämnd's goal as contributing.
    await maria.page.goto(`/mal/${kfGoal}`);
    await maria.page.getByRole('heading', { level: 1, name: 'Alla barn och unga lyckas i skolan' }).waitFor();
    await maria.page.getByTestId('children').getByRole('link', { name: 'Fler elever når kunskapskraven', exact: true }).waitFor({ timeout: 15_000 });
    expect(await axeViolations(maria.page)).toEqual([]);
    await maria.page.goto('/mal');
    await maria.page.getByRole('link', { name: 'Fler elever når kunskapskraven', exact: true }).waitFor();
    expect(await axeViolations(maria.page)).toEqual([]);

    // KF reopens, rewrites its goal and fastställer version 2: the nämnd's link says it has changed since.
    expect((await maria.context.request.post(`/api/documents/${kf}/reopen`)).status()).toBe(204);
    await openDocument(maria, kf);
    await maria.page.getByTestId('goal').first().getByLabel(t('goal.title'), { exact: true }).fill('Alla barn och unga lyckas i skolan och i livet');
    await waitForSaved(maria.page);
    expect((await maria.context.request.post(`/api/documents/${kf}/versions`, { data: decision('§ 12') })).status()).toBe(201);
    const changed = goal.getByTestId('parent-changed');
    await changed.getByText(t('goal.parent.changedSince', { pinned: 1, version: 2 })).waitFor({ timeout: 15_000 });
    await changed.getByRole('button', { name: t('goal.parent.pinTo', { version: 2 }) }).focus();
    await sara.page.keyboard.press('Enter');
    await goal.getByText(t('goal.parent.pinned', { version: 2 })).waitFor();
    await expect.poll(() => changed.count()).toBe(0);
    expect(await axeViolations(sara.page)).toEqual([]);
  });
});
