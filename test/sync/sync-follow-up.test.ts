import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalDetail } from '../../shared/api/goals';
import { findFollowUpBlock, outcomeFigures, readFollowUp, setAssessment, setOutcomeFigure } from '../../shared/goals/follow-up-document';
import { addGoal, addIndicator, goalsArray, setGoalField, setParentGoal } from '../../shared/goals/model';
import { documentRoom } from '../../shared/sync/rooms';
import { bodies } from '../../server/db/schema';
import { SyncHarness, saved, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const decision = (body: string, paragraph: string) => ({ body, date: '2026-12-14', paragraph, diarienummer: `${paragraph.replace(/\D/g, '')}/2026` });
type Summary = { total: number; helt: number; delvis: number; ej: number; ejBedomd: number; saknas: number };

describe(`an uppföljning generated from a nämnd's goals in force, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let strateg: string;
  let politician: string;
  let facilitator: string;
  let bun: string;
  const kfGoal = { id: '' };
  const bunGoals: string[] = [];

  const bodyId = async (name: string) => (await h.db.select().from(bodies).where(eq(bodies.name, name)))[0]!.id;

  /** A fastställd måldokument of `body` with the given goals (title, period), the first linked to `parent`. */
  async function goalDocument(body: string, title: string, goals: Array<{ title: string; level: string; from: number; to: number }>, parent?: string): Promise<string[]> {
    const created = await h.api<{ document: { id: string } }>('POST', '/documents', strateg, { type: 'mal', title, bodyId: await bodyId(body) });
    const client = h.client(documentRoom(created.body.document.id), strateg);
    await synced(client);
    const ids: string[] = [];
    client.doc.transact(() => {
      goalsArray(client.doc).delete(0, goalsArray(client.doc).length);
      for (const [index, goal] of goals.entries()) {
        const added = addGoal(client.doc, { title: goal.title, level: goal.level as 'kf' });
        setGoalField(added, 'periodFrom', goal.from);
        setGoalField(added, 'periodTo', goal.to);
        addIndicator(added, { name: `Mått för ${goal.title}` });
        if (index === 0 && parent) setParentGoal(added, parent, 1);
        ids.push(added.get('id') as string);
      }
    });
    await saved(client);
    const locked = await h.api('POST', `/documents/${created.body.document.id}/versions`, facilitator, { decision: decision(body, `§ ${ids.length}`) });
    expect(locked.status).toBe(201);
    client.destroy();
    return ids;
  }

  beforeAll(async () => {
    h = await SyncHarness.start();
    strateg = await h.login('tjansteperson@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
    facilitator = await h.login('processledare@exempelkommun.se');
    bun = await bodyId('Barn- och bildningsnämnden');
    kfGoal.id = (await goalDocument('Kommunfullmäktige', 'Kommunövergripande mål', [{ title: 'Barn och unga lyckas i skolan', level: 'kf', from: 2027, to: 2030 }]))[0]!;
    bunGoals.push(
      ...(await goalDocument(
        'Barn- och bildningsnämnden',
        'BUN:s mål 2027–2030',
        [
          { title: 'Fler elever når kunskapskraven', level: 'namnd', from: 2027, to: 2030 },
          { title: 'Tryggare skolmiljö', level: 'namnd', from: 2027, to: 2028 },
          { title: 'Fler behöriga lärare', level: 'namnd', from: 2026, to: 2027 },
          { title: 'Nytt mål från 2029', level: 'namnd', from: 2029, to: 2030 },
        ],
        kfGoal.id,
      )),
    );
  });
  afterAll(() => h.stop());

  it('creates one block per goal in force that year, once per body and follow-up, for those who may create documents', async () => {
    expect((await h.api('POST', '/follow-ups', await h.login('revisor@exempelkommun.se'), { bodyId: bun, period: '2027-delarsrapport' })).status).toBe(403);
    const unknown = await h.api<{ error: { message: string } }>('POST', '/follow-ups', strateg, { bodyId: bun, period: '2027-kvartal' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('Uppföljningsperioden');
    expect((await h.api('POST', '/follow-ups', strateg, { bodyId: crypto.randomUUID(), period: '2027-delarsrapport' })).status).toBe(400);

    const created = await h.api<{ documentId: string }>('POST', '/follow-ups', strateg, { bodyId: bun, period: '2027-delarsrapport' });
    expect(created.status).toBe(201);
    const again = await h.api<{ error: { code: string } }>('POST', '/follow-ups', strateg, { bodyId: bun, period: '2027-delarsrapport' });
    expect(again.status).toBe(409);

    const document = await h.api<{ document: { title: string; type: string } }>('GET', `/documents/${created.body.documentId}`, strateg);
    expect(document.body.document).toMatchObject({ type: 'resultatdialog', title: 'Uppföljning Delårsrapport 2027 – Barn- och bildningsnämnden' });
    const reader = h.client(documentRoom(created.body.documentId), strateg);
    await synced(reader);
    const blocks = readFollowUp(reader.doc);
    expect(blocks.map((block) => block.goal.title)).toEqual(['Fler elever når kunskapskraven', 'Tryggare skolmiljö', 'Fler behöriga lärare']);
    expect(blocks[0]).toMatchObject({ version: 1, assessment: null, parent: { goalId: kfGoal.id, title: 'Barn och unga lyckas i skolan', documentTitle: 'Kommunövergripande mål', version: 1 } });
    expect(Object.keys(blocks[0]!.outcomes)).toEqual([blocks[0]!.goal.indicators[0]!.id]);
    const summary = await h.api<Summary>('GET', `/follow-ups/${created.body.documentId}/summary`, strateg);
    expect(summary.body).toEqual({ total: 3, helt: 0, delvis: 0, ej: 0, ejBedomd: 0, saknas: 3 });
  });

  it('is filled by two people at once, refuses fastställ while a goal lacks a bedömning, and gives the goals their figures', async () => {
    const created = await h.api<{ documentId: string }>('POST', '/follow-ups', strateg, { bodyId: bun, period: '2027-arsredovisning' });
    const room = documentRoom(created.body.documentId);
    const a: TestClient = h.client(room, politician);
    const b: TestClient = h.client(room, strateg);
    await Promise.all([synced(a), synced(b)]);
    const [first, second, third] = bunGoals;
    const indicatorId = readFollowUp(a.doc)[0]!.goal.indicators[0]!.id;
    setAssessment(findFollowUpBlock(a.doc, first!)!, 'helt');
    setOutcomeFigure(outcomeFigures(findFollowUpBlock(a.doc, first!)!, indicatorId)!, 'total', 82.5);
    setAssessment(findFollowUpBlock(b.doc, second!)!, 'delvis');
    setOutcomeFigure(outcomeFigures(findFollowUpBlock(b.doc, first!)!, indicatorId)!, 'women', 85);
    await until(() => readFollowUp(a.doc).filter((block) => block.assessment).length === 2 && readFollowUp(b.doc)[0]!.outcomes[indicatorId]!.total === 82.5, 'both edits everywhere');
    expect(readFollowUp(b.doc)[0]!.outcomes[indicatorId]).toMatchObject({ total: 82.5, women: 85, men: null });
    await Promise.all([saved(a), saved(b)]);

    const refused = await h.api<{ error: { code: string; message: string } }>('POST', `/documents/${created.body.documentId}/versions`, facilitator, { decision: decision('Barn- och bildningsnämnden', '§ 99') });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('assessment_missing');
    expect(refused.body.error.message).toContain('”Fler behöriga lärare”');
    expect(refused.body.error.message).not.toContain('Tryggare skolmiljö');

    setAssessment(findFollowUpBlock(b.doc, third!)!, 'ej_bedomd');
    await until(async () => (await h.api<Summary>('GET', `/follow-ups/${created.body.documentId}/summary`, strateg)).body.saknas === 0, 'the summary to follow', 5000);
    expect((await h.api<Summary>('GET', `/follow-ups/${created.body.documentId}/summary`, strateg)).body).toEqual({ total: 3, helt: 1, delvis: 1, ej: 0, ejBedomd: 1, saknas: 0 });
    const listed = (await h.api<{ documents: Array<{ id: string; followUp: { period: string; summary: Summary } | null }> }>('GET', '/documents?type=resultatdialog', strateg)).body.documents;
    expect(listed.find((document) => document.id === created.body.documentId)!.followUp).toEqual({ period: '2027-arsredovisning', summary: { total: 3, helt: 1, delvis: 1, ej: 0, ejBedomd: 1, saknas: 0 } });
    expect(listed.find((document) => document.id !== created.body.documentId && !document.followUp)).toBeDefined();
    await saved(b);
    expect((await h.api('POST', `/documents/${created.body.documentId}/versions`, facilitator, { decision: decision('Barn- och bildningsnämnden', '§ 99') })).status).toBe(201);

    // The fastställd version records the goals' assessments and outcomes, and so does its export.
    const exported = await (await h.api('GET', `/documents/${created.body.documentId}/versions/1/export?format=md`, strateg)).response.text();
    expect(exported).toContain('## Måluppfyllelse');
    expect(exported).toContain('1 uppnås helt, 1 delvis, 0 ej av 3 mål (1 kan inte bedömas)');
    expect(exported).toContain('### Fler elever når kunskapskraven');
    expect(exported).toContain('**Bedömning:** Uppnås helt');
    expect(exported).toContain('**Överordnat mål:** Barn och unga lyckas i skolan (Kommunövergripande mål, version 1)');
    expect(exported).toMatch(/\| Mått för Fler elever når kunskapskraven \| – \| 82,5 \|/);

    const goal = (await h.api<{ goal: GoalDetail }>('GET', `/goals/${first}`, strateg)).body.goal;
    expect(goal.assessments).toEqual(
      expect.arrayContaining([{ period: '2027-arsredovisning', assessment: 'helt', documentId: created.body.documentId, outcomes: { [indicatorId]: { total: 82.5, women: 85, men: null, note: '' } } }]),
    );
    const kf = (await h.api<{ goal: GoalDetail }>('GET', `/goals/${kfGoal.id}`, strateg)).body.goal;
    expect(kf.children.find((child) => child.id === first)?.latestAssessment).toMatchObject({ period: '2027-arsredovisning', assessment: 'helt' });
  });

  it('answers the summary only for an uppföljning the caller may read', async () => {
    expect((await h.api('GET', `/follow-ups/${crypto.randomUUID()}/summary`, strateg)).status).toBe(404);
    const [plain] = (await h.api<{ documents: Array<{ id: string; type: string }> }>('GET', '/documents?type=omvarldsanalys', strateg)).body.documents;
    expect((await h.api('GET', `/follow-ups/${plain!.id}/summary`, strateg)).status).toBe(404);
    expect((await h.api('GET', `/follow-ups/${plain!.id}/summary`, undefined)).status).toBe(401);
  });
});
