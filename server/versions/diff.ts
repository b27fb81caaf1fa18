import { diffWordsWithSpace } from 'diff';
import { baselineText, figuresText } from '../../shared/goals/figure-text';
import type { GoalData, IndicatorData } from '../../shared/goals/model';

export interface TextOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One changed field of one goal; `from`/`to` are null where the goal or indicator did not exist. */
export interface GoalChange {
  goalId: string;
  goalTitle: string;
  indicatorId?: string;
  field: string;
  from: string | null;
  to: string | null;
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

/** A goal's comparable fields as text, so every change reads the same way in the response. */
function goalFields(goal: GoalData, bodyName: (id: string) => string): Fields {
  const period = goal.periodFrom === null && goal.periodTo === null ? '' : `${goal.periodFrom ?? ''}–${goal.periodTo ?? ''}`;
  return {
    title: goal.title,
    level: goal.level ?? '',
    period,
    responsibleBody: goal.responsibleBodyId ? bodyName(goal.responsibleBodyId) : '',
    agenda2030: goal.agenda2030.join(', '),
    viljeinriktningText: goal.viljeinriktningText,
  };
}

function indicatorFields(indicator: IndicatorData): Fields {
  const fields: Fields = {
    name: indicator.name,
    method: indicator.method,
    source: indicator.source,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineFigures: baselineText(indicator),
    genderSplit: indicator.genderSplit ? 'ja' : 'nej',
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

function diffIndicators(from: IndicatorData[], to: IndicatorData[], goal: Pick<GoalChange, 'goalId' | 'goalTitle'>): GoalChange[] {
  const before = new Map(from.map((indicator) => [indicator.id, indicator]));
  const after = new Map(to.map((indicator) => [indicator.id, indicator]));
  const changes: GoalChange[] = [];
  for (const indicator of from) {
    if (!after.has(indicator.id)) changes.push({ ...goal, indicatorId: indicator.id, field: 'indicator', from: indicator.name, to: null });
  }
  for (const indicator of to) {
    const old = before.get(indicator.id);
    if (!old) {
      changes.push({ ...goal, indicatorId: indicator.id, field: 'indicator', from: null, to: indicator.name });
      continue;
    }
    for (const change of changedFields(indicatorFields(old), indicatorFields(indicator))) {
      changes.push({ ...goal, indicatorId: indicator.id, ...change, field: `indicator.${change.field}` });
    }
  }
  return changes;
}

/**
 * Goals compared field by field, matched by id (not position, so a reordering is no change). An added or
 * removed goal is one change with field 'goal'; indicators are keyed by their id within their goal.
 */
export function diffGoals(from: GoalData[], to: GoalData[], bodyName: (id: string) => string = (id) => id): GoalChange[] {
  const before = new Map(from.map((goal) => [goal.id, goal]));
  const after = new Set(to.map((goal) => goal.id));
  const changes: GoalChange[] = [];
  for (const goal of from) {
    if (!after.has(goal.id)) changes.push({ goalId: goal.id, goalTitle: goal.title, field: 'goal', from: goal.title, to: null });
  }
  for (const goal of to) {
    const old = before.get(goal.id);
    const ref = { goalId: goal.id, goalTitle: goal.title };
    if (!old) {
      changes.push({ ...ref, field: 'goal', from: null, to: goal.title });
      continue;
    }
    for (const change of changedFields(goalFields(old, bodyName), goalFields(goal, bodyName))) changes.push({ ...ref, ...change });
    changes.push(...diffIndicators(old.indicators, goal.indicators, ref));
  }
  return changes;
}
