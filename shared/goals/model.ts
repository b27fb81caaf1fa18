/**
 * The structured goals of a måldokument, stored in the document's Y.Doc beside the rich-text body:
 * `doc.getMap('fields').get('goals')` is a Y.Array of goal Y.Maps. Every editable text is its own
 * Y type, so two people can edit different fields or indicators of one goal at once and both edits
 * survive. The layout below is a contract with the client editor and the server.
 *
 * An indicator is a Y.Map: `id`; `name`, `method`, `source` and `baseline` (the baseline's free note) as
 * Y.Text; `targets`, a Y.Map year ('2027') → the target's free note; `genderSplit` (könsuppdelad); and
 * its figures (unit, baseline year and values, target values per year): indicator-figures.ts.
 */
import * as Y from 'yjs';
import { initFigureFields, readFigures, type IndicatorFigures } from './indicator-figures';
import { isLevelKey } from './levels';

export interface IndicatorData extends IndicatorFigures {
  id: string;
  name: string;
  method: string;
  source: string;
  /** The baseline's free note beside its figures. */
  baseline: string;
  /** Year ('2027') → the target's free note beside its figures. */
  targets: Record<string, string>;
  /** Könsuppdelad: reported per gender. */
  genderSplit: boolean;
}

export interface GoalData {
  id: string;
  title: string;
  /** A key of the kommun's levels (shared/goals/levels.ts); a level since removed keeps its key. */
  level: string | null;
  parentGoalId: string | null;
  /** The fastställd version of the parent's document the link was made to; null: to its draft (absent in versions from before links were pinned). */
  parentVersion?: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  responsibleBodyId: string | null;
  /** Global Goals 1–17, sorted, unique. */
  agenda2030: number[];
  indicators: IndicatorData[];
  /** Plain text of the viljeinriktning fragment (blocks separated by newlines). */
  viljeinriktningText: string;
}

export interface GoalFieldValues {
  level: string | null;
  parentGoalId: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  responsibleBodyId: string | null;
}
export type GoalField = keyof GoalFieldValues;


function transact(type: { doc: Y.Doc | null }, fn: () => void): void {
  if (type.doc) type.doc.transact(fn);
  else fn();
}

/** The goals of a document; the array is created on first use. */
export function goalsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  const fields = doc.getMap<unknown>('fields');
  const existing = fields.get('goals');
  if (existing instanceof Y.Array) return existing as Y.Array<Y.Map<unknown>>;
  const goals = new Y.Array<Y.Map<unknown>>();
  fields.set('goals', goals);
  return goals;
}

function textOf(init: string | undefined): Y.Text {
  return new Y.Text(init ?? '');
}

export function addGoal(doc: Y.Doc, init: { title?: string; level?: string | null } = {}): Y.Map<unknown> {
  const goal = new Y.Map<unknown>();
  doc.transact(() => {
    const goals = goalsArray(doc);
    goal.set('id', crypto.randomUUID());
    goal.set('title', textOf(init.title));
    goal.set('level', isLevelKey(init.level) ? init.level : null);
    goal.set('parentGoalId', null);
    goal.set('periodFrom', null);
    goal.set('periodTo', null);
    goal.set('responsibleBodyId', null);
    goal.set('agenda2030', new Y.Array<number>());
    goal.set('indicators', new Y.Array<Y.Map<unknown>>());
    goal.set('viljeinriktning', new Y.XmlFragment());
    goals.push([goal]);
  });
  return goal;
}

/** Removes the goal and clears parent links that pointed at it. */
export function removeGoal(doc: Y.Doc, goalId: string): void {
  doc.transact(() => {
    const goals = goalsArray(doc);
    for (let i = goals.length - 1; i >= 0; i--) {
      if (goals.get(i).get('id') === goalId) goals.delete(i, 1);
    }
    goals.forEach((goal) => {
      if (goal.get('parentGoalId') === goalId) goal.set('parentGoalId', null);
    });
  });
}

export function findGoal(doc: Y.Doc, goalId: string): Y.Map<unknown> | undefined {
  return goalsArray(doc)
    .toArray()
    .find((goal) => goal.get('id') === goalId);
}

function indicatorsOf(goal: Y.Map<unknown>): Y.Array<Y.Map<unknown>> | undefined {
  const indicators = goal.get('indicators');
  return indicators instanceof Y.Array ? (indicators as Y.Array<Y.Map<unknown>>) : undefined;
}

export function addIndicator(goal: Y.Map<unknown>, init: { name?: string } = {}): Y.Map<unknown> {
  const indicator = new Y.Map<unknown>();
  transact(goal, () => {
    let indicators = indicatorsOf(goal);
    if (!indicators) {
      indicators = new Y.Array<Y.Map<unknown>>();
      goal.set('indicators', indicators);
    }
    indicator.set('id', crypto.randomUUID());
    indicator.set('name', textOf(init.name));
    indicator.set('method', textOf(undefined));
    indicator.set('source', textOf(undefined));
    indicator.set('baseline', textOf(undefined));
    indicator.set('targets', new Y.Map<string>());
    indicator.set('genderSplit', false);
    initFigureFields(indicator);
    indicators.push([indicator]);
  });
  return indicator;
}

export function removeIndicator(goal: Y.Map<unknown>, indicatorId: string): void {
  const indicators = indicatorsOf(goal);
  if (!indicators) return;
  transact(goal, () => {
    for (let i = indicators.length - 1; i >= 0; i--) {
      if (indicators.get(i).get('id') === indicatorId) indicators.delete(i, 1);
    }
  });
}

export function findIndicator(goal: Y.Map<unknown>, indicatorId: string): Y.Map<unknown> | undefined {
  return indicatorsOf(goal)
    ?.toArray()
    .find((indicator) => indicator.get('id') === indicatorId);
}

/** Sets (or, with an empty text, removes) the target's note for one year ('2027'). */
export function setIndicatorTarget(indicator: Y.Map<unknown>, year: string, target: string): void {
  const targets = indicator.get('targets');
  if (!(targets instanceof Y.Map) || !/^\d{4}$/.test(year)) return;
  if (target === '') targets.delete(year);
  else if (targets.get(year) !== target) targets.set(year, target);
}

export function setIndicatorGenderSplit(indicator: Y.Map<unknown>, genderSplit: boolean): void {
  indicator.set('genderSplit', genderSplit);
}

function validFieldValue(key: GoalField, value: unknown): boolean {
  if (value === null) return true;
  switch (key) {
    case 'level':
      return isLevelKey(value);
    case 'periodFrom':
    case 'periodTo':
      return Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2200;
    case 'parentGoalId':
    case 'responsibleBodyId':
      return typeof value === 'string' && value !== '';
  }
}

/**
 * Links the goal to its parent (a goal of a level above, in any document of the kommun), pinned to the
 * parent document's version it was read in, so a later version of the parent shows as "ändrat sedan".
 */
export function setParentGoal(goal: Y.Map<unknown>, parentGoalId: string | null, parentVersion: number | null): void {
  if (parentGoalId === goal.get('id')) return;
  if (parentGoalId !== null && (typeof parentGoalId !== 'string' || parentGoalId === '')) return;
  const version = parentGoalId !== null && Number.isInteger(parentVersion) && (parentVersion as number) > 0 ? parentVersion : null;
  transact(goal, () => {
    if (goal.get('parentGoalId') !== parentGoalId) goal.set('parentGoalId', parentGoalId);
    if ((goal.get('parentVersion') ?? null) !== version) goal.set('parentVersion', version);
  });
}

/** Sets one scalar field; a value of the wrong shape (e.g. a level key with capitals) is ignored. */
export function setGoalField<K extends GoalField>(goal: Y.Map<unknown>, key: K, value: GoalFieldValues[K]): void {
  if (!validFieldValue(key, value)) return;
  if (key === 'parentGoalId' && value === goal.get('id')) return;
  if (goal.get(key) !== value) goal.set(key, value);
}

/** Replaces the Agenda 2030 links; numbers outside 1–17 are ignored, the rest sorted and unique. */
export function setAgenda2030(goal: Y.Map<unknown>, goals: number[]): void {
  const next = [...new Set(goals.filter((n) => Number.isInteger(n) && n >= 1 && n <= 17))].sort((a, b) => a - b);
  transact(goal, () => {
    const current = goal.get('agenda2030');
    if (current instanceof Y.Array) {
      const now = current.toArray() as unknown[];
      if (now.length === next.length && now.every((n, i) => n === next[i])) return;
      current.delete(0, current.length);
      current.insert(0, next);
    } else {
      const array = new Y.Array<number>();
      array.insert(0, next);
      goal.set('agenda2030', array);
    }
  });
}

/**
 * Applies an <input>'s new value to a Y.Text as one delete and one insert around the common
 * prefix and suffix, so concurrent typing in the same field merges instead of replacing.
 */
export function applyTextChange(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(prev.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < max - start &&
    prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) end++;
  if (end > 0 && isLowSurrogate(prev.charCodeAt(prev.length - end))) end--;
  const deleteCount = prev.length - start - end;
  const insert = next.slice(start, next.length - end);
  transact(text, () => {
    if (deleteCount > 0) text.delete(start, deleteCount);
    if (insert) text.insert(start, insert);
  });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function readText(value: unknown): string {
  return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
}

function readNullable<T>(value: unknown, valid: (v: unknown) => v is T): T | null {
  return valid(value) ? value : null;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isYear = (v: unknown): v is number => Number.isInteger(v);
const isVersion = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** Plain text of a Tiptap fragment: inline text joined, blocks separated by newlines. */
export function fragmentText(node: Y.XmlFragment | Y.XmlElement): string {
  const parts: string[] = [];
  let blocks = false;
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      parts.push(
        child
          .toDelta()
          .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
          .join(''),
      );
    } else if (child instanceof Y.XmlElement) {
      blocks = true;
      parts.push(fragmentText(child));
    }
  }
  return parts.join(blocks ? '\n' : '').trim();
}

function readIndicator(indicator: Y.Map<unknown>): IndicatorData {
  const targets = indicator.get('targets');
  // fromEntries, not `record[year] =`: a year key named "__proto__" stays a key instead of reaching the prototype.
  const targetRecord: Record<string, string> =
    targets instanceof Y.Map ? Object.fromEntries([...targets.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {};
  return {
    id: readText(indicator.get('id')),
    name: readText(indicator.get('name')),
    method: readText(indicator.get('method')),
    source: readText(indicator.get('source')),
    baseline: readText(indicator.get('baseline')),
    targets: targetRecord,
    genderSplit: indicator.get('genderSplit') === true,
    ...readFigures(indicator),
  };
}

export function readGoal(goal: Y.Map<unknown>): GoalData {
  const agenda = goal.get('agenda2030');
  const viljeinriktning = goal.get('viljeinriktning');
  return {
    id: readText(goal.get('id')),
    title: readText(goal.get('title')),
    level: readNullable(goal.get('level'), isLevelKey),
    parentGoalId: readNullable(goal.get('parentGoalId'), isString),
    parentVersion: readNullable(goal.get('parentVersion'), isVersion),
    periodFrom: readNullable(goal.get('periodFrom'), isYear),
    periodTo: readNullable(goal.get('periodTo'), isYear),
    responsibleBodyId: readNullable(goal.get('responsibleBodyId'), isString),
    agenda2030:
      agenda instanceof Y.Array
        ? [...new Set((agenda.toArray() as unknown[]).filter((n): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 17))].sort((a, b) => a - b)
        : [],
    indicators: (indicatorsOf(goal)?.toArray() ?? []).map(readIndicator),
    viljeinriktningText: viljeinriktning instanceof Y.XmlFragment ? fragmentText(viljeinriktning) : '',
  };
}

export function readGoals(doc: Y.Doc): GoalData[] {
  const goals = doc.getMap<unknown>('fields').get('goals');
  if (!(goals instanceof Y.Array)) return [];
  return (goals.toArray() as unknown[]).filter((g): g is Y.Map<unknown> => g instanceof Y.Map).map(readGoal);
}
