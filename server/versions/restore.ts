import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { bodyJson } from '../../shared/documents/from-yjs';
import { editorExtensions } from '../../shared/editor/extensions';
import {
  addGoal,
  addIndicator,
  applyTextChange,
  goalsArray,
  readGoal,
  setAgenda2030,
  setGoalField,
  setIndicatorGenderSplit,
  setIndicatorTarget,
} from '../../shared/goals/model';
import { FIGURE_KEYS, setBaselineValue, setBaselineYear, setTargetValue } from '../../shared/goals/indicator-figures';
import { migrateIndicatorFigures } from '../../shared/goals/indicator-migration';

let schema: ReturnType<typeof getSchema> | undefined;

function copyRichText(from: Y.XmlFragment, to: Y.XmlFragment): void {
  schema ??= getSchema(editorExtensions());
  to.delete(0, to.length);
  prosemirrorJSONToYXmlFragment(schema, bodyJson(from), to);
}

/**
 * Puts an earlier revision's content into the live draft as new operations (history is never
 * rewritten): everyone sees the change, and it can itself be undone by another restore.
 */
export function restoreContent(target: Y.Doc, revisionState: Uint8Array): void {
  const source = new Y.Doc();
  Y.applyUpdate(source, revisionState);
  // A revision from before figures is restored with them, as its document would be on load.
  migrateIndicatorFigures(source);
  target.transact(() => {
    copyRichText(source.getXmlFragment('body'), target.getXmlFragment('body'));
    const goals = goalsArray(target);
    goals.delete(0, goals.length);
    for (const sourceGoal of goalsArray(source).toArray()) {
      const data = readGoal(sourceGoal);
      const goal = addGoal(target, { title: data.title, level: data.level });
      goal.set('id', data.id); // keep ids: parent links and comments point at them
      setGoalField(goal, 'parentGoalId', data.parentGoalId);
      setGoalField(goal, 'periodFrom', data.periodFrom);
      setGoalField(goal, 'periodTo', data.periodTo);
      setGoalField(goal, 'responsibleBodyId', data.responsibleBodyId);
      setAgenda2030(goal, data.agenda2030);
      copyRichText(sourceGoal.get('viljeinriktning') as Y.XmlFragment, goal.get('viljeinriktning') as Y.XmlFragment);
      for (const indicatorData of data.indicators) {
        const indicator = addIndicator(goal, { name: indicatorData.name });
        indicator.set('id', indicatorData.id);
        for (const key of ['method', 'source', 'baseline'] as const) applyTextChange(indicator.get(key) as Y.Text, indicatorData[key]);
        for (const [year, value] of Object.entries(indicatorData.targets)) setIndicatorTarget(indicator, year, value);
        setIndicatorGenderSplit(indicator, indicatorData.genderSplit);
        applyTextChange(indicator.get('unit') as Y.Text, indicatorData.unit);
        setBaselineYear(indicator, indicatorData.baselineYear);
        for (const key of FIGURE_KEYS) {
          setBaselineValue(indicator, key, indicatorData.baselineValues[key]);
          for (const [year, values] of Object.entries(indicatorData.targetValues)) setTargetValue(indicator, year, key, values[key]);
        }
      }
    }
  });
  source.destroy();
}
