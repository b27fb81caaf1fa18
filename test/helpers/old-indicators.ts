import * as Y from 'yjs';

export interface OldIndicator {
  baseline: string;
  targets?: Record<string, string>;
  genderSplit?: boolean;
}

/** A document as Samsyn stored it before figures: an indicator's baseline and targets only as text. */
export function oldDocument(indicators: OldIndicator[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const goals = new Y.Array<Y.Map<unknown>>();
    doc.getMap('fields').set('goals', goals);
    const goal = new Y.Map<unknown>();
    goals.push([goal]);
    goal.set('id', 'goal-1');
    goal.set('title', new Y.Text('Fler i arbete'));
    goal.set('level', 'namnd');
    goal.set('parentGoalId', null);
    goal.set('periodFrom', 2027);
    goal.set('periodTo', 2030);
    goal.set('responsibleBodyId', null);
    goal.set('agenda2030', new Y.Array<number>());
    goal.set('viljeinriktning', new Y.XmlFragment());
    const list = new Y.Array<Y.Map<unknown>>();
    goal.set('indicators', list);
    indicators.forEach((old, index) => {
      const indicator = new Y.Map<unknown>();
      list.push([indicator]);
      indicator.set('id', `indicator-${index + 1}`);
      indicator.set('name', new Y.Text(`Mått ${index + 1}`));
      indicator.set('method', new Y.Text(''));
      indicator.set('source', new Y.Text('Kolada'));
      indicator.set('baseline', new Y.Text(old.baseline));
      const targets = new Y.Map<string>();
      indicator.set('targets', targets);
      for (const [year, text] of Object.entries(old.targets ?? {})) targets.set(year, text);
      indicator.set('genderSplit', old.genderSplit ?? false);
    });
  });
  return doc;
}
