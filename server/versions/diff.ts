import { diffWordsWithSpace } from 'diff';
import { baselineText, figuresText } from '../../shared/goals/figure-text';
import { agenda2030Label } from '../../shared/goals/agenda2030';
import type { GoalData, IndicatorData } from '../../shared/goals/model';
import { t, type MessageKey } from '../../shared/i18n';

export interface TextOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * One changed field of one goal, as a reader sees it: `field` is the stable key, `label` its Swedish name,
 * `from`/`to` the values as the editor shows them (null where the goal or indicator did not exist), and an
 * indicator's changes name the indicator.
 */
export interface GoalChange {
  goalId: string;
  goalTitle: string;
  indicatorId?: string;
  indicatorName?: string;
  field: string;
  label: string;
  from: string | null;
  to: string | null;
}

/** How a diff names what goals refer to by id or key. */
export interface GoalNames {
  body(id: string): string;
  level(key: string): string;
}

/** Longest a word diff may run before it gives up: it runs on the request path and blocks the event loop. */
const DIFF_TIMEOUT_MS = 1500;

/**
 * Word-level diff of two plain texts; whitespace counts, so a moved line break shows. Two texts too far
 * apart to diff in time come back as one deletion and one insertion, which is still a correct diff.
 */
export function diffText(from: string, to: string, timeout = DIFF_TIMEOUT_MS): TextOp[] {
  const parts = diffWordsWithSpace(from, to, { timeout });
  if (!parts) return [...(from ? [{ op: 'delete' as const, text: from }] : []), ...(to ? [{ op: 'insert' as const, text: to }] : [])];
  return parts.map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value }));
}

type Fields = Record<string, string>;

const yesNo = (value: boolean) => t(value ? 'export.yes' : 'export.no');

/** A goal's comparable fields as the editor shows them, so every change reads the same way. */
function goalFields(goal: GoalData, names: GoalNames): Fields {
  const period = goal.periodFrom === null && goal.periodTo === null ? '' : `${goal.periodFrom ?? ''}–${goal.periodTo ?? ''}`;
  return {
    title: goal.title,
    level: goal.level ? names.level(goal.level) : '',
    period,
    responsibleBody: goal.responsibleBodyId ? names.body(goal.responsibleBodyId) : '',
    agenda2030: goal.agenda2030.map((n) => agenda2030Label(n as Parameters<typeof agenda2030Label>[0])).join(', '),
    viljeinriktningText: goal.viljeinriktningText,
  };
}

const FIELD_LABELS: Record<string, MessageKey> = {
  goal: 'diff.field.goal',
  title: 'goal.title',
  level: 'goal.level',
  period: 'goal.period',
  responsibleBody: 'goal.responsibleBody',
  agenda2030: 'goal.agenda2030',
  viljeinriktningText: 'goal.viljeinriktning',
  indicator: 'diff.field.indicator',
  'indicator.name': 'goal.indicator.name',
  'indicator.method': 'goal.indicator.method',
  'indicator.source': 'goal.indicator.source',
  'indicator.unit': 'indicator.unit',
  'indicator.baseline': 'diff.field.baselineNote',
  'indicator.baselineFigures': 'goal.indicator.baseline',
  'indicator.genderSplit': 'goal.indicator.genderSplit',
};

/** A field's Swedish name: "Nivå", "Målvärde 2027", "Anteckning om målvärde 2027". */
function fieldLabel(field: string): string {
  const year = /^indicator\.(targets|targetValues)\.(\d{4})$/.exec(field);
  if (year) return t(year[1] === 'targets' ? 'diff.field.targetNote' : 'diff.field.target', { year: year[2]! });
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

function indicatorFields(indicator: IndicatorData): Fields {
  const fields: Fields = {
    name: indicator.name,
    method: indicator.method,
    source: indicator.source,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineFigures: baselineText(indicator),
    genderSplit: yesNo(indicator.genderSplit),
  };
  for (const [year, target] of Object.entries(indicator.targets)) fields[`targets.${year}`] = target;
  for (const [year, values] of Object.entries(indicator.targetValues)) fields[`targetValues.${year}`] = figuresText(values, indicator.unit, indicator.genderSplit);
  return fields;
}

/** Fields whose values differ; a field missing on one side counts as empty ('' → null in the result). */
function changedFields(from: Fields, to: Fields): Array<{ field: string; from: string | null; to: string | null }> {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys
    .filter((key) => (from[key] ?? '') !== (to[key] ?? ''))
    .map((key) => ({ field: key, from: from[key] || null, to: to[key] || null }));
}

const indicatorName = (indicator: IndicatorData) => indicator.name.trim() || t('goal.indicator.untitled');

function diffIndicators(from: IndicatorData[], to: IndicatorData[], goal: Pick<GoalChange, 'goalId' | 'goalTitle'>): GoalChange[] {
  const before = new Map(from.map((indicator) => [indicator.id, indicator]));
  const after = new Map(to.map((indicator) => [indicator.id, indicator]));
  const changes: GoalChange[] = [];
  for (const indicator of from) {
    if (!after.has(indicator.id)) changes.push({ ...goal, indicatorId: indicator.id, indicatorName: indicatorName(indicator), field: 'indicator', label: fieldLabel('indicator'), from: indicator.name, to: null });
  }
  for (const indicator of to) {
    const old = before.get(indicator.id);
    if (!old) {
      changes.push({ ...goal, indicatorId: indicator.id, indicatorName: indicatorName(indicator), field: 'indicator', label: fieldLabel('indicator'), from: null, to: indicator.name });
      continue;
    }
    for (const change of changedFields(indicatorFields(old), indicatorFields(indicator))) {
      const field = `indicator.${change.field}`;
      changes.push({ ...goal, indicatorId: indicator.id, indicatorName: indicatorName(indicator), ...change, field, label: fieldLabel(field) });
    }
  }
  return changes;
}

/**
 * Goals compared field by field, matched by id (not position, so a reordering is no change). An added or
 * removed goal is one change with field 'goal'; indicators are keyed by their id within their goal.
 */
export function diffGoals(from: GoalData[], to: GoalData[], names: GoalNames): GoalChange[] {
  const before = new Map(from.map((goal) => [goal.id, goal]));
  const after = new Set(to.map((goal) => goal.id));
  const changes: GoalChange[] = [];
  for (const goal of from) {
    if (!after.has(goal.id)) changes.push({ goalId: goal.id, goalTitle: goal.title, field: 'goal', label: fieldLabel('goal'), from: goal.title, to: null });
  }
  for (const goal of to) {
    const old = before.get(goal.id);
    const ref = { goalId: goal.id, goalTitle: goal.title };
    if (!old) {
      changes.push({ ...ref, field: 'goal', label: fieldLabel('goal'), from: null, to: goal.title });
      continue;
    }
    for (const change of changedFields(goalFields(old, names), goalFields(goal, names))) changes.push({ ...ref, ...change, label: fieldLabel(change.field) });
    changes.push(...diffIndicators(old.indicators, goal.indicators, ref));
  }
  return changes;
}
