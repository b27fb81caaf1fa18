import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addIndicator, applyTextChange, goalsArray, setGoalField, setIndicatorTarget, type GoalData } from '../shared/goals/model';
import { documentVersions, documents } from '../server/db/schema';
import { diffGoals, diffText } from '../server/versions/diff';
import { contentBlocks, diffBlocks } from '../server/versions/block-diff';
import { agenda2030Label } from '../shared/goals/agenda2030';
import { DEFAULT_GOAL_LEVELS, levelName } from '../shared/goals/levels';
import type { JSONContent } from '@tiptap/core';
import { documentRoom } from '../shared/sync/rooms';
import { storedRoomWriter } from '../server/sync/room-writer';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };
type Diff = { from: { label: string }; to: { label: string }; text: Array<{ op: string; text: string }>; blocks: Array<{ kind: string; change: string; ops: Array<{ op: string; text: string }> }>; goals: Array<Record<string, unknown>> };

describe('diffText and diffGoals', () => {
  it('diffs words with their whitespace', () => {
    expect(diffText('Skolan ska vara bra.', 'Skolan ska vara mycket bra.')).toEqual([
      { op: 'equal', text: 'Skolan ska vara ' },
      { op: 'insert', text: 'mycket ' },
      { op: 'equal', text: 'bra.' },
    ]);
  });

  it('gives up on a diff that takes too long, answering with one deletion and one insertion', () => {
    const from = Array.from({ length: 4000 }, (_, i) => `a${i}`).join(' ');
    const to = Array.from({ length: 4000 }, (_, i) => `b${i}`).join(' ');
    expect(diffText(from, to, 1)).toEqual([{ op: 'delete', text: from }, { op: 'insert', text: to }]);
  });

  it('compares goals by id, field by field, and indicators by id', () => {
    const none = { total: null, women: null, men: null };
    const indicator = { id: 'i1', name: 'Behörighet', method: '', source: 'SCB', unit: '%', baseline: '', baselineYear: 2025, baselineValues: { ...none, total: 80 }, targets: { '2027': 'preliminärt' }, targetValues: { '2027': { ...none, total: 85 } }, genderSplit: false };
    const goal: GoalData = { id: 'g1', title: 'Likvärdig skola', level: 'namnd', parentGoalId: null, periodFrom: 2027, periodTo: 2030, responsibleBodyId: 'b1', agenda2030: [4], indicators: [indicator], viljeinriktningText: 'Alla ska lyckas.' };
    const removed: GoalData = { ...goal, id: 'g2', title: 'Gammalt mål', indicators: [] };
    const next: GoalData = { ...goal, level: 'kf', agenda2030: [4, 10], responsibleBodyId: 'b2', indicators: [{ ...indicator, targets: { '2027': 'preliminärt', '2028': 'enligt plan' }, targetValues: { '2027': { total: 86, women: 88, men: 84 } }, genderSplit: true }, { ...indicator, id: 'i2', name: 'Närvaro' }] };
    const names = { body: (id: string) => ({ b1: 'BUN', b2: 'KS' })[id] ?? id, level: (key: string) => levelName(DEFAULT_GOAL_LEVELS, key) ?? key };
    const ref = { goalId: 'g1', goalTitle: 'Likvärdig skola' };
    const behörighet = { ...ref, indicatorId: 'i1', indicatorName: 'Behörighet' };
    expect(diffGoals([goal, removed], [next], names)).toEqual([
      { goalId: 'g2', goalTitle: 'Gammalt mål', field: 'goal', label: 'Målet', from: 'Gammalt mål', to: null },
      { ...ref, field: 'level', label: 'Nivå', from: 'Nämnd / styrelse / bolag', to: 'Kommunfullmäktige' },
      { ...ref, field: 'responsibleBody', label: 'Ansvarigt organ', from: 'BUN', to: 'KS' },
      { ...ref, field: 'agenda2030', label: 'Agenda 2030', from: agenda2030Label(4), to: `${agenda2030Label(4)}, ${agenda2030Label(10)}` },
      { ...behörighet, field: 'indicator.baselineFigures', label: 'Utgångsvärde', from: '80\u00a0% (2025)', to: 'Totalt 80\u00a0% (2025)' },
      { ...behörighet, field: 'indicator.genderSplit', label: 'Könsuppdelad', from: 'Nej', to: 'Ja' },
      { ...behörighet, field: 'indicator.targetValues.2027', label: 'Målvärde 2027', from: '85\u00a0%', to: 'Kvinnor 88\u00a0%, Män 84\u00a0%, Totalt 86\u00a0%' },
      { ...behörighet, field: 'indicator.targets.2028', label: 'Anteckning om målvärdet 2028', from: null, to: 'enligt plan' },
      { ...ref, indicatorId: 'i2', indicatorName: 'Närvaro', field: 'indicator', label: 'Måttet', from: null, to: 'Närvaro' },
    ]);
  });

  it('reads content block by block: headings, paragraphs, list items and table rows kept, a reworded paragraph changed word by word', () => {
    const text = (value: string) => ({ type: 'text', text: value });
    const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
    const heading = (value: string): JSONContent => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
    const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] });
    const list = (...items: string[]): JSONContent => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) });
    const table = (...rows: string[][]): JSONContent => ({ type: 'table', content: rows.map((cells) => ({ type: 'tableRow', content: cells.map((cell) => ({ type: 'tableCell', content: [paragraph(cell)] })) })) });
    const before = contentBlocks(doc(heading('Ekonomi'), paragraph('Prognosen är +2 mnkr.'), list('Skolskjuts', 'Lokaler'), table(['År', 'Mnkr'], ['2027', '12'])));
    expect(before.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Ekonomi'],
      ['paragraph', 'Prognosen är +2 mnkr.'],
      ['listItem', 'Skolskjuts'],
      ['listItem', 'Lokaler'],
      ['tableRow', 'År | Mnkr'],
      ['tableRow', '2027 | 12'],
    ]);
    const after = contentBlocks(doc(heading('Ekonomi'), paragraph('Prognosen är −1 mnkr.'), list('Skolskjuts'), paragraph('Ny text.'), table(['År', 'Mnkr'], ['2027', '14'])));
    expect(diffBlocks(before, after).map((block) => [block.kind, block.change, block.ops.filter((op) => op.op !== 'equal').map((op) => `${op.op}:${op.text}`).join(' ')])).toEqual([
      ['heading', 'equal', ''],
      ['paragraph', 'changed', 'delete:+2 insert:−1'],
      ['listItem', 'equal', ''],
      ['listItem', 'delete', 'delete:Lokaler'],
      ['paragraph', 'insert', 'insert:Ny text.'],
      ['tableRow', 'equal', ''],
      ['tableRow', 'changed', 'delete:12 insert:14'],
    ]);
  });
});

describe(`GET /api/documents/:id/diff on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let documentId: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    documentId = (await h.db.select().from(documents).where(eq(documents.type, 'mal')))[0]!.id;
  });
  afterAll(() => h.dispose());

  const lock = async () => expect((await h.request(`/api/documents/${documentId}/versions`, { method: 'POST', cookie: facilitator, body: { decision } })).status).toBe(201);
  const reopen = async () => expect((await h.request(`/api/documents/${documentId}/reopen`, { method: 'POST', cookie: facilitator })).status).toBe(204);
  const diff = (query: string, cookie = facilitator) => h.request(`/api/documents/${documentId}/diff?${query}`, { cookie });
  /** Edits the stored draft the way a client's update would arrive: a Y.Doc change appended to doc_updates. */
  const edit = (change: (doc: Y.Doc) => void) => storedRoomWriter(h.db).applyToRoom(documentRoom(documentId), change);
  const firstHeading = (doc: Y.Doc) => (doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;

  it('diffs version 1 against version 2: the word ops of the body and the goal fields that changed', async () => {
    await lock();
    await reopen();
    await edit((doc) => {
      const heading = firstHeading(doc);
      heading.insert(heading.length, ' för skolan');
      const goal = goalsArray(doc).get(0);
      applyTextChange(goal.get('title') as Y.Text, 'Fler behöriga lärare');
      setGoalField(goal, 'periodFrom', 2027);
      setIndicatorTarget(addIndicator(goal, { name: 'Andel behöriga' }), '2030', '90 %');
    });
    await lock();
    const [v1, v2] = await h.db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(documentVersions.number);
    const firstLine = v1!.plainText.split('\n')[0]!;
    expect(v2!.plainText).toBe(v1!.plainText.replace(firstLine, `${firstLine} för skolan`));

    const response = await diff('from=1&to=2', await h.login('revisor@exempelkommun.se'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Diff;
    expect(body.from).toEqual({ label: 'Version 1 (2027-10-14)' });
    expect(body.to).toEqual({ label: 'Version 2 (2027-10-14)' });
    expect(body.text).toEqual([
      { op: 'equal', text: firstLine },
      { op: 'insert', text: ' för skolan' },
      { op: 'equal', text: v1!.plainText.slice(firstLine.length) },
    ]);
    const goalId = (v1!.goals[0] as GoalData).id;
    const indicatorId = (v2!.goals[0] as GoalData).indicators[0]!.id;
    const ref = { goalId, goalTitle: 'Fler behöriga lärare' };
    expect(body.goals).toEqual([
      { ...ref, field: 'title', label: 'Rubrik', from: null, to: 'Fler behöriga lärare' },
      { ...ref, field: 'period', label: 'Period', from: null, to: '2027–' },
      { ...ref, indicatorId, indicatorName: 'Andel behöriga', field: 'indicator', label: 'Måttet', from: null, to: 'Andel behöriga' },
    ]);
    // Block by block: the first heading changed, the other blocks as they were.
    expect(body.blocks[0]).toMatchObject({ kind: 'heading', change: 'changed', ops: [{ op: 'equal', text: firstLine }, { op: 'insert', text: ' för skolan' }] });
    expect(body.blocks.slice(1).every((block) => block.change === 'equal')).toBe(true);
  });

  it('diffs a version against the current draft, unchanged and then edited', async () => {
    await lock();
    await reopen();
    const unchanged = (await (await diff('from=1&to=draft')).json()) as Diff;
    expect(unchanged.to).toEqual({ label: 'Nuvarande utkast' });
    expect(unchanged.text.every((op) => op.op === 'equal')).toBe(true);
    expect(unchanged.goals).toEqual([]);
    await edit((doc) => firstHeading(doc).delete(0, 4));
    const edited = (await (await diff('from=1&to=draft')).json()) as Diff;
    expect(edited.text.filter((op) => op.op !== 'equal')).toEqual([{ op: 'delete', text: 'Mål ' }]);
  });

  it('answers 401 without a session, 400 for bad parameters and 404 for unknown versions', async () => {
    await lock();
    expect((await h.request(`/api/documents/${documentId}/diff?from=1&to=1`)).status).toBe(401);
    for (const query of ['', 'from=1', 'from=x&to=1', 'from=0&to=1', 'from=1&to=utkast', 'from=1.5&to=1']) {
      const response = await diff(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_diff_params');
    }
    expect((await diff('from=1&to=2')).status).toBe(404);
    expect((await diff('from=3&to=draft')).status).toBe(404);
  });
});
