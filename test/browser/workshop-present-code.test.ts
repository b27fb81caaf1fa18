import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { formatJoinCode } from '../../shared/workshops/join-code';
import { axeViolations, hasChromium } from '../helpers/browser';
import { driverUnderTest } from '../helpers/test-database';
import { useWorkshopPeople, type WorkshopSummary } from './workshop.helpers';

const FACILITATOR = DEMO_USERS.find((user) => user.role === 'facilitator')!;

describe.skipIf(!hasChromium)(`the presenter view by join code, /w/<code>/present (${driverUnderTest})`, () => {
  const { person, phone, guest } = useWorkshopPeople();

  it('opens from the overview by its code, shows how to join and follows the facilitator live', async () => {
    const facilitator = await person(FACILITATOR.email);
    const page = facilitator.page;
    page.setDefaultTimeout(8000);
    const listed = (await (await facilitator.context.request.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] };
    const workshop = listed.workshops[0]!;

    // The overview's link is the short address, and the page keeps it.
    await page.goto(`/workshop/${workshop.id}/ledning`);
    const link = page.getByRole('link', { name: t('workshop.fac.openPresentation') });
    expect(await link.getAttribute('href')).toBe(`/w/${workshop.joinCode}/present`);
    const projector = await facilitator.context.newPage();
    projector.setDefaultTimeout(8000);
    await projector.goto(`/w/${workshop.joinCode}/present`);
    const phase = projector.getByTestId('presenter-phase');
    await phase.filter({ hasText: t('workshop.present.notStarted') }).waitFor();
    expect(new URL(projector.url()).pathname).toBe(`/w/${workshop.joinCode}/present`);
    await projector.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    expect(await projector.getByTestId('join-code').innerText()).toBe(formatJoinCode(workshop.joinCode));
    const origin = new URL(projector.url()).origin;
    await projector.getByRole('img', { name: t('workshop.join.qrAlt', { url: `${origin}/w/${workshop.joinCode}` }) }).waitFor();
    expect(await axeViolations(projector)).toEqual([]);

    // The facilitator starts the group work in the other tab: the projector follows.
    const groupsPhase = t('workshop.phase.groups');
    await page.getByRole('button', { name: t('workshop.fac.startPhase', { name: groupsPhase }) }).click();
    await phase.filter({ hasText: groupsPhase }).waitFor({ timeout: 5000 });
    await projector.getByText(t('workshop.phase.groupsText')).waitFor();
    expect(await axeViolations(projector)).toEqual([]);

    // The overview's link leads there too, by the code.
    await link.click();
    await page.waitForURL(`**/w/${workshop.joinCode}/present`);
    await page.getByTestId('presenter-phase').filter({ hasText: groupsPhase }).waitFor();
    await projector.close();
  }, 60_000);

  it('says in Swedish when no workshop has the code, and sends a browser with no session to log in', async () => {
    const { page } = await person(FACILITATOR.email);
    page.setDefaultTimeout(8000);
    await page.goto('/w/ZZZZZZZZ/present');
    await page.getByRole('alert').filter({ hasText: t('workshop.present.unknownCode', { code: 'ZZZZZZZZ' }) }).waitFor();
    await page.getByRole('heading', { level: 1, name: t('workshop.present.heading') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const stranger = await (await phone()).newPage();
    await stranger.goto('/w/ZZZZZZZZ/present');
    await stranger.waitForURL(`**/logga-in?next=${encodeURIComponent('/w/ZZZZZZZZ/present')}`);
  });

  it('shows a guest their own workshop by its code', async () => {
    const facilitator = await person(FACILITATOR.email);
    const listed = (await (await facilitator.context.request.get('/api/workshops')).json()) as { workshops: WorkshopSummary[] };
    const code = listed.workshops[0]!.joinCode;
    const page = await guest(code, 'Greta Gäst');
    await page.goto(`/w/${code.toLowerCase()}/present`);
    await page.getByTestId('presenter-phase').waitFor();
    expect(await page.getByTestId('join-code').innerText()).toBe(formatJoinCode(code));
    // On the guest's phone the projector's view is one column that scrolls, nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    await page.screenshot({ path: 'test-output/presenter-phone.png', fullPage: true });
  });
});
