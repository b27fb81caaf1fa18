import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addGoal,
  addIndicator,
  applyTextChange,
  findGoal,
  findIndicator,
  goalsArray,
  readGoal,
  readGoals,
  removeGoal,
  removeIndicator,
  setAgenda2030,
  setGoalField,
  setParentGoal,
  setIndicatorGenderSplit,
  setIndicatorTarget,
} from './model';

/** Two replicas of one document, synced by exchanging their updates. */
function pair(): [Y.Doc, Y.Doc] {
  return [new Y.Doc(), new Y.Doc()];
}
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}
function text(map: Y.Map<unknown>, key: string): Y.Text {
  return map.get(key) as Y.Text;
}

describe('goal model', () => {
  it('creates the goals array on first use and a goal with every key', () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc, { title: 'Trygg kommun', level: 'kf' });
    expect(goalsArray(doc).length).toBe(1);
    expect(goal.get('title')).toBeInstanceOf(Y.Text);
    expect(goal.get('agenda2030')).toBeInstanceOf(Y.Array);
    expect(goal.get('indicators')).toBeInstanceOf(Y.Array);
    expect(goal.get('viljeinriktning')).toBeInstanceOf(Y.XmlFragment);
    expect(readGoal(goal)).toMatchObject({
      title: 'Trygg kommun', level: 'kf', parentGoalId: null, periodFrom: null, periodTo: null,
      responsibleBodyId: null, agenda2030: [], indicators: [], viljeinriktningText: '',
    });
  });

  it('adds a goal in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    addGoal(doc);
    expect(transactions).toBe(1);
  });

  it('keeps both edits when two people edit different indicators of one goal at once', () => {
    const [a, b] = pair();
    const goal = addGoal(a, { title: 'Fler i arbete' });
    const first = addIndicator(goal, { name: 'Andel i arbete' });
    const second = addIndicator(goal, { name: 'Andel med försörjningsstöd' });
    sync(a, b);

    const goalB = findGoal(b, goal.get('id') as string)!;
    const secondB = findIndicator(goalB, second.get('id') as string)!;
    applyTextChange(text(first, 'baseline'), '72 %');
    setIndicatorTarget(first, '2027', '75 %');
    applyTextChange(text(secondB, 'source'), 'Kolada');
    setIndicatorGenderSplit(secondB, true);
    setGoalField(goalB, 'periodFrom', 2025);
    sync(a, b);

    for (const doc of [a, b]) {
      const [data] = readGoals(doc);
      expect(data!.periodFrom).toBe(2025);
      expect(data!.indicators[0]).toMatchObject({ baseline: '72 %', targets: { '2027': '75 %' } });
      expect(data!.indicators[1]).toMatchObject({ source: 'Kolada', genderSplit: true });
    }
  });

  it('merges concurrent typing in one title', () => {
    const [a, b] = pair();
    const goal = addGoal(a, { title: 'Trygg kommun' });
    sync(a, b);
    const goalB = findGoal(b, goal.get('id') as string)!;
    applyTextChange(text(goal, 'title'), 'En trygg kommun');
    applyTextChange(text(goalB, 'title'), 'Trygg och hållbar kommun');
    sync(a, b);
    expect(readGoals(a)[0]!.title).toBe('En trygg och hållbar kommun');
    expect(readGoals(b)[0]!.title).toBe('En trygg och hållbar kommun');
  });

  it('applies a text change as the minimal edit', () => {
    const doc = new Y.Doc();
    const title = doc.getText('t');
    applyTextChange(title, 'abcdef');
    const deltas: unknown[] = [];
    title.observe((event) => deltas.push(event.delta));
    applyTextChange(title, 'abXYef');
    expect(title.toString()).toBe('abXYef');
    expect(deltas).toHaveLength(1);
    expect(deltas[0]).toEqual(expect.arrayContaining([{ retain: 2 }, { insert: 'XY' }, { delete: 2 }]));
    expect(deltas[0]).toHaveLength(3);
    applyTextChange(title, 'ab😀ef');
    applyTextChange(title, 'ab😃ef');
    expect(title.toString()).toBe('ab😃ef');
    applyTextChange(title, '');
    expect(title.toString()).toBe('');
  });

  it('removes a goal and clears parent links to it', () => {
    const doc = new Y.Doc();
    const kf = addGoal(doc, { level: 'kf' });
    const namnd = addGoal(doc, { level: 'namnd' });
    setGoalField(namnd, 'parentGoalId', kf.get('id') as string);
    removeGoal(doc, kf.get('id') as string);
    expect(readGoals(doc).map((g) => g.id)).toEqual([namnd.get('id')]);
    expect(readGoal(namnd).parentGoalId).toBeNull();
    expect(findGoal(doc, kf.get('id') as string)).toBeUndefined();
  });

  it('removes an indicator', () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc);
    const keep = addIndicator(goal, { name: 'Behåll' });
    const drop = addIndicator(goal, { name: 'Ta bort' });
    removeIndicator(goal, drop.get('id') as string);
    expect(readGoal(goal).indicators.map((i) => i.name)).toEqual(['Behåll']);
    expect(findIndicator(goal, keep.get('id') as string)).toBe(keep);
  });

  it('round-trips every field through readGoals', () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc, { title: 'Likvärdig skola', level: 'namnd' });
    setGoalField(goal, 'parentGoalId', 'kf-1');
    setGoalField(goal, 'periodFrom', 2024);
    setGoalField(goal, 'periodTo', 2027);
    setGoalField(goal, 'responsibleBodyId', 'body-1');
    setAgenda2030(goal, [10, 4]);
    const indicator = addIndicator(goal, { name: 'Behörighet till gymnasiet' });
    applyTextChange(text(indicator, 'method'), 'Andel elever i åk 9');
    applyTextChange(text(indicator, 'source'), 'Skolverket');
    applyTextChange(text(indicator, 'baseline'), '82 % (2023)');
    setIndicatorTarget(indicator, '2026', '85 %');
    setIndicatorTarget(indicator, '2027', '88 %');
    setIndicatorGenderSplit(indicator, true);
    const fragment = goal.get('viljeinriktning') as Y.XmlFragment;
    const p1 = new Y.XmlElement('paragraph');
    p1.insert(0, [new Y.XmlText('Alla elever ska nå målen.')]);
    const p2 = new Y.XmlElement('paragraph');
    p2.insert(0, [new Y.XmlText('Skolan ska vara likvärdig.')]);
    fragment.insert(0, [p1, p2]);

    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readGoals(copy)).toEqual([
      {
        id: goal.get('id'), title: 'Likvärdig skola', level: 'namnd', parentGoalId: 'kf-1', parentVersion: null,
        periodFrom: 2024, periodTo: 2027, responsibleBodyId: 'body-1', agenda2030: [4, 10],
        indicators: [{
          id: indicator.get('id'), name: 'Behörighet till gymnasiet', method: 'Andel elever i åk 9',
          source: 'Skolverket', baseline: '82 % (2023)', targets: { '2026': '85 %', '2027': '88 %' }, genderSplit: true,
          unit: '', baselineYear: null, baselineValues: { total: null, women: null, men: null }, targetValues: {},
        }],
        viljeinriktningText: 'Alla elever ska nå målen.\nSkolan ska vara likvärdig.',
      },
    ]);
  });

  it('pins a parent link to the version it was made to, and drops the pin with the link', () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc, { title: 'Fler elever når målen', level: 'namnd' });
    const parent = crypto.randomUUID();
    setParentGoal(goal, parent, 3);
    expect(readGoals(doc)[0]).toMatchObject({ parentGoalId: parent, parentVersion: 3 });
    setParentGoal(goal, parent, 0);
    expect(readGoals(doc)[0]).toMatchObject({ parentGoalId: parent, parentVersion: null });
    setParentGoal(goal, goal.get('id') as string, 1);
    expect(readGoals(doc)[0]!.parentGoalId).toBe(parent);
    setParentGoal(goal, null, 4);
    expect(readGoals(doc)[0]).toMatchObject({ parentGoalId: null, parentVersion: null });
  });

  it('reads an empty list from a document without goals, without creating them', () => {
    const doc = new Y.Doc();
    expect(readGoals(doc)).toEqual([]);
    expect(doc.getMap('fields').has('goals')).toBe(false);
  });

  it('ignores invalid Agenda 2030 numbers and field values', () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc);
    setAgenda2030(goal, [0, 3, 18, 3, -1, 2.5, 17, 1]);
    expect(readGoal(goal).agenda2030).toEqual([1, 3, 17]);
    setGoalField(goal, 'level', 'Nämnd');
    setGoalField(goal, 'periodFrom', Number.NaN);
    setGoalField(goal, 'parentGoalId', goal.get('id') as string);
    expect(readGoal(goal)).toMatchObject({ level: null, periodFrom: null, parentGoalId: null });
    setGoalField(goal, 'level', 'forvaltning');
    setGoalField(goal, 'level', null);
    expect(readGoal(goal).level).toBeNull();
  });

  it("takes any level key a kommun may have, and reads back one since removed from its settings", () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc, { level: 'koncern' });
    expect(readGoal(goal).level).toBe('koncern');
    setGoalField(goal, 'level', 'styrelse-bolag');
    expect(readGoal(goal).level).toBe('styrelse-bolag');
    goal.set('level', 'KF');
    expect(readGoal(goal).level).toBeNull();
  });
});
