import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalDetail, GoalEntry } from '../shared/api/goals';
import { argon2Hasher } from '../server/auth/passwords';
import { seedDemo } from '../server/demo/seed';
import { SyncHarness } from './helpers/sync-harness';
import { driverUnderTest } from './helpers/test-database';

type Listed = { id: string; title: string; type: string; status: string; followUp: { period: string; summary: Record<string, number> } | null };

describe(`the demo kommun's goal chain, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let strateg: string;
  beforeAll(async () => {
    const started = performance.now();
    h = await SyncHarness.start({}, { goalChain: true });
    console.log(`demo seeded with its goal chain and the server started in ${Math.round(performance.now() - started)} ms`);
    strateg = await h.login('tjansteperson@exempelkommun.se');
  });
  afterAll(() => h.stop());

  const goals = async (query = '') => (await h.api<{ goals: GoalEntry[] }>('GET', `/goals${query}`, strateg)).body.goals;
  const goal = async (id: string) => (await h.api<{ goal: GoalDetail }>('GET', `/goals/${id}`, strateg)).body.goal;

  it('has KF’s goals fastställda, followed down to the nämnder and a förvaltning', async () => {
    const kf = await goals('?level=kf');
    expect(kf).toHaveLength(5);
    expect(kf.every((entry) => entry.status === 'fastställd' && entry.version === 1 && entry.documentTitle === 'Kommunövergripande mål 2027–2030')).toBe(true);
    const school = await goal(kf.find((entry) => entry.title.startsWith('Barn och unga'))!.id);
    expect(school.decision).toMatchObject({ body: 'Kommunfullmäktige', paragraph: '§ 142' });
    expect(school.content.indicators[0]).toMatchObject({ genderSplit: true });
    expect(school.children.map((child) => [child.bodyName, child.title]).sort()).toEqual([
      ['Barn- och bildningsnämnden', 'Fler elever når kunskapskraven i alla ämnen'],
      ['Barn- och bildningsnämnden', 'Tidiga insatser för barn som behöver stöd'],
      ['Socialnämnden', 'Barn och unga i utsatta situationer får rätt stöd i tid'],
    ]);
    expect(school.children.find((child) => child.title.startsWith('Tidiga'))!.latestAssessment).toMatchObject({ period: '2027-delarsrapport', assessment: 'helt' });
    const early = await goal(school.children.find((child) => child.title.startsWith('Tidiga'))!.id);
    expect(early.parent).toMatchObject({ id: school.id, version: 1, changedSince: false });
    expect(early.children.map((child) => [child.bodyName, child.level, child.status])).toEqual([['Barn- och bildningsförvaltningen', 'forvaltning', 'fastställd']]);
  });

  it('has each nämnd’s uppföljning at the Delårsrapport 2027 with its counts, and the next one is one action away', async () => {
    const listed = (await h.api<{ documents: Listed[] }>('GET', '/documents?type=resultatdialog', strateg)).body.documents;
    const bun = listed.find((document) => document.title === 'Uppföljning Delårsrapport 2027 – Barn- och bildningsnämnden')!;
    const sn = listed.find((document) => document.title === 'Uppföljning Delårsrapport 2027 – Socialnämnden')!;
    expect(bun).toMatchObject({ status: 'utkast', followUp: { period: '2027-delarsrapport', summary: { total: 3, helt: 1, delvis: 2, ej: 0, ejBedomd: 0, saknas: 0 } } });
    expect(sn).toMatchObject({ status: 'fastställd', followUp: { summary: { total: 3, helt: 1, delvis: 2, saknas: 0 } } });
    const bunBody = (await goals('?level=namnd')).find((entry) => entry.title.startsWith('Fler elever'))!.bodyId;
    const next = await h.api<{ documentId: string }>('POST', '/follow-ups', strateg, { bodyId: bunBody, period: '2027-arsredovisning' });
    expect(next.status).toBe(201);
    expect((await h.api('GET', `/follow-ups/${next.body.documentId}/summary`, strateg)).body).toEqual({ total: 3, helt: 0, delvis: 0, ej: 0, ejBedomd: 0, saknas: 3 });
  });

  it('lists a draft first among the måldokument, so a newcomer starts where work goes on', async () => {
    const [first] = (await h.api<{ documents: Listed[] }>('GET', '/documents?type=mal', strateg)).body.documents;
    expect(first).toMatchObject({ status: 'utkast', title: 'Mål för Barn- och bildningsnämnden 2028–2031' });
    expect((await seedDemo(h.db, argon2Hasher)).created).toBe(false);
    expect(await goals('?level=kf')).toHaveLength(5);
  });
});
