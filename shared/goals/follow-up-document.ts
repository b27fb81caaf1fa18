/**
 * An uppföljning: a resultatdialog document generated for one body and one follow-up ('2027-delarsrapport')
 * with one block per goal of that body in force. Its Y.Doc holds, beside the free `body`,
 * `fields.followUpPeriod` = the follow-up it reports, as it stood at creation (FollowUpPeriodInfo, JSON), and
 * `fields.followUp` = Y.Array of goal-block Y.Maps:
 *   goalId, documentId, version   the goal as fastställd, written by the server at creation
 *   goal                          that goal's GoalData as a plain JSON value (shown read-only)
 *   parent                        its parent's title, document and version (JSON), or null
 *   assessment                    helt | delvis | ej | ej_bedomd | null (last writer wins)
 *   analysis, actions             Y.XmlFragment (Tiptap rich text: why, and what next)
 *   outcomes                      Y.Map indicatorId → Y.Map { total, women, men: number; note: Y.Text }
 * Each assessment and outcome is its own Y value, so people fill different goals, or different figures
 * of one goal, at once.
 */
import * as Y from 'yjs';
import { ASSESSMENTS, type Assessment } from './follow-up';
import { FIGURE_KEYS, type FigureKey } from './indicator-figures';
import { fragmentText, type GoalData } from './model';


interface OutcomeData {
  total: number | null;
  women: number | null;
  men: number | null;
  note: string;
}

interface FollowUpParent {
  goalId: string;
  title: string;
  documentTitle: string;
  version: number | null;
}

/** One goal of an uppföljning as read from its Y.Doc. */
export interface FollowUpGoalData {
  goalId: string;
  documentId: string;
  version: number;
  goal: GoalData;
  parent: FollowUpParent | null;
  assessment: Assessment | null;
  analysisText: string;
  actionsText: string;
  outcomes: Record<string, OutcomeData>;
}

/** The follow-up an uppföljning reports ('2027-delarsrapport'), named and labelled as the kommun had it then. */
export interface FollowUpPeriodInfo {
  ref: string;
  name: string;
  year: number;
  /** An assessment here is a helårsprognos. */
  forecast: boolean;
}

/** What the server writes for each goal at creation. */
export interface FollowUpGoalSeed {
  goalId: string;
  documentId: string;
  version: number;
  goal: GoalData;
  parent: FollowUpParent | null;
}

/** The goal blocks of an uppföljning as they are in its Y.Doc, in order. */
export function followUpBlocks(doc: Y.Doc): Y.Map<unknown>[] {
  return (followUpArray(doc)?.toArray() ?? []).filter((block): block is Y.Map<unknown> => block instanceof Y.Map);
}

function followUpArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> | null {
  const blocks = doc.getMap<unknown>('fields').get('followUp');
  return blocks instanceof Y.Array ? (blocks as Y.Array<Y.Map<unknown>>) : null;
}

/** Writes the follow-up and the goal blocks of a new uppföljning (server only, at creation). */
export function seedFollowUp(doc: Y.Doc, period: FollowUpPeriodInfo, seeds: readonly FollowUpGoalSeed[]): void {
  doc.transact(() => {
    const blocks = new Y.Array<Y.Map<unknown>>();
    doc.getMap<unknown>('fields').set('followUpPeriod', { ...period });
    doc.getMap<unknown>('fields').set('followUp', blocks);
    blocks.push(
      seeds.map((seed) => {
        const block = new Y.Map<unknown>();
        block.set('goalId', seed.goalId);
        block.set('documentId', seed.documentId);
        block.set('version', seed.version);
        block.set('goal', seed.goal);
        block.set('parent', seed.parent);
        block.set('assessment', null);
        block.set('analysis', new Y.XmlFragment());
        block.set('actions', new Y.XmlFragment());
        const outcomes = new Y.Map<Y.Map<unknown>>();
        for (const indicator of seed.goal.indicators) {
          const figures = new Y.Map<unknown>();
          figures.set('note', new Y.Text());
          outcomes.set(indicator.id, figures);
        }
        block.set('outcomes', outcomes);
        return block;
      }),
    );
  });
}

export function findFollowUpBlock(doc: Y.Doc, goalId: string): Y.Map<unknown> | undefined {
  return followUpArray(doc)
    ?.toArray()
    .find((block) => block.get('goalId') === goalId);
}

const isAssessment = (value: unknown): value is Assessment => typeof value === 'string' && (ASSESSMENTS as readonly string[]).includes(value);

export function setAssessment(block: Y.Map<unknown>, assessment: Assessment | null): void {
  if (assessment !== null && !isAssessment(assessment)) return;
  if ((block.get('assessment') ?? null) !== assessment) block.set('assessment', assessment);
}

/** The figures of one indicator's outcome; created on first use (an indicator added to the goal later). */
export function outcomeFigures(block: Y.Map<unknown>, indicatorId: string): Y.Map<unknown> | null {
  const outcomes = block.get('outcomes');
  if (!(outcomes instanceof Y.Map)) return null;
  const existing = outcomes.get(indicatorId);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const figures = new Y.Map<unknown>();
  figures.set('note', new Y.Text());
  outcomes.set(indicatorId, figures);
  return figures;
}

/** Sets (or, with null, clears) one figure; anything but a finite number is ignored. */
export function setOutcomeFigure(figures: Y.Map<unknown>, key: FigureKey, value: number | null): void {
  if (!(FIGURE_KEYS as readonly string[]).includes(key)) return;
  if (value !== null && !Number.isFinite(value)) return;
  if (value === null) {
    if (figures.has(key)) figures.delete(key);
  } else if (figures.get(key) !== value) figures.set(key, value);
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

const richText = (fragment: unknown): string => (fragment instanceof Y.XmlFragment ? fragmentText(fragment) : '');

function readOutcomes(value: unknown): Record<string, OutcomeData> {
  if (!(value instanceof Y.Map)) return {};
  const entries = [...value.entries()]
    .filter((entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map)
    .map(([id, figures]): [string, OutcomeData] => {
      const note = figures.get('note');
      return [id, { total: finite(figures.get('total')), women: finite(figures.get('women')), men: finite(figures.get('men')), note: note instanceof Y.Text ? note.toString() : '' }];
    });
  return Object.fromEntries(entries);
}

const plainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The follow-up the uppföljning reports, or null for any other document. */
export function readFollowUpPeriod(doc: Y.Doc): FollowUpPeriodInfo | null {
  const info = doc.getMap<unknown>('fields').get('followUpPeriod');
  if (!plainObject(info) || typeof info.ref !== 'string' || typeof info.name !== 'string' || !Number.isInteger(info.year)) return null;
  return { ref: info.ref, name: info.name, year: info.year as number, forecast: info.forecast === true };
}

export function readFollowUpBlock(block: Y.Map<unknown>): FollowUpGoalData | null {
  const goal = block.get('goal');
  const goalId = block.get('goalId');
  const documentId = block.get('documentId');
  const version = block.get('version');
  if (typeof goalId !== 'string' || typeof documentId !== 'string' || !Number.isInteger(version) || !plainObject(goal)) return null;
  const parent = block.get('parent');
  const assessment = block.get('assessment');
  return {
    goalId,
    documentId,
    version: version as number,
    goal: goal as unknown as GoalData,
    parent: plainObject(parent) ? (parent as unknown as FollowUpParent) : null,
    assessment: isAssessment(assessment) ? assessment : null,
    analysisText: richText(block.get('analysis')),
    actionsText: richText(block.get('actions')),
    outcomes: readOutcomes(block.get('outcomes')),
  };
}

/** Every goal block of an uppföljning, in order; a block of the wrong shape is left out. */
export function readFollowUp(doc: Y.Doc): FollowUpGoalData[] {
  return followUpBlocks(doc).flatMap((block) => {
    const read = readFollowUpBlock(block);
    return read ? [read] : [];
  });
}
