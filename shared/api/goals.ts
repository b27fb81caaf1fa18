/** The goal register: every goal of the kommun's måldokument, across documents (server/goals/). */
import { z } from 'zod';
import { ASSESSMENTS } from '../goals/follow-up';
import { id, idParams } from './common';
import { route } from './contract';
import { goalData } from './versions';

const decision = z.object({ body: z.string(), date: z.string(), paragraph: z.string(), diarienummer: z.string() });

/** One goal as the register lists it. */
const goalEntry = z.object({
  id,
  title: z.string(),
  /** The kommun's level key (its settings name it). */
  level: z.string().nullable(),
  /** The body whose måldokument holds the goal. */
  bodyId: id.nullable(),
  bodyName: z.string().nullable(),
  documentId: id,
  documentTitle: z.string(),
  parentGoalId: z.string().nullable(),
  /** The parent document's version the link was made to; null: to its draft. */
  parentVersion: z.number().nullable(),
  periodFrom: z.number().nullable(),
  periodTo: z.number().nullable(),
  /** `fastställd` while its document is fastställd; `utkast` while it is drafted (it may still be in force in `version`). */
  status: z.enum(['utkast', 'fastställd']),
  /** The newest fastställd version of its document that holds the goal; null before any. */
  version: z.number().nullable(),
  /** The decision that fastställde `version`. */
  decision: decision.nullable(),
  /** The earliest version from which the goal stands as in `version`: a link pinned before it is "ändrat sedan". */
  unchangedSince: z.number().nullable(),
  /** False once the draft has removed the goal (it stays in force until the next version). */
  inDraft: z.boolean(),
});
export type GoalEntry = z.infer<typeof goalEntry>;

const figure = z.number().nullable();
/** A goal's assessment at one follow-up, and its indicators' outcomes (utfall) there, by indicator id. */
const assessmentEntry = z.object({
  period: z.string(),
  assessment: z.enum(ASSESSMENTS).nullable(),
  documentId: id,
  outcomes: z.record(z.string(), z.object({ total: figure, women: figure, men: figure, note: z.string() })),
});

/** A goal with its content, its parent, the goals that contribute to it and its assessments. */
const goalDetail = goalEntry.extend({
  content: goalData,
  parent: goalEntry.extend({ changedSince: z.boolean() }).nullable(),
  children: z.array(goalEntry.extend({ latestAssessment: assessmentEntry.nullable() })),
  assessments: z.array(assessmentEntry),
});
export type GoalDetail = z.infer<typeof goalDetail>;

export const listGoals = route({
  method: 'get',
  path: '/goals',
  summary: 'Every goal of the organisation in documents the user may read, optionally of one level, body or document.',
  auth: 'member',
  query: z.object({ level: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(40).optional(), bodyId: z.uuid().optional(), documentId: z.uuid().optional() }),
  responses: { 200: z.object({ goals: z.array(goalEntry) }) },
});

export const getGoal = route({
  method: 'get',
  path: '/goals/:id',
  summary: 'One goal with its parent, the goals that contribute to it (from every document) and its assessments; 404 unless the user may read its document.',
  auth: 'member',
  params: idParams,
  responses: { 200: z.object({ goal: goalDetail }) },
});

export const goalContracts = { listGoals, getGoal };
