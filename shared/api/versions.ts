/** Fastställda versions: locking a document with its decision, reading the versions, reopening. */
import { z } from 'zod';
import type { GoalData, IndicatorData } from '../goals/model';
import { id, idParams, timestamp } from './common';
import { mirrors, route } from './contract';

/** A version number in a path; anything but a positive integer names no version (404). */
export const VERSION_NUMBER = /^[1-9]\d{0,8}$/;

/** The decision that fastställde a version, as a protocol cites it. */
const decisionReference = z.object({
  body: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  paragraph: z.string().trim().min(1).max(50),
  diarienummer: z.string().trim().min(1).max(100),
});

/** Totalt, kvinnor and män; null where no figure is given. */
const figureValues = z.object({ total: z.number().nullable(), women: z.number().nullable(), men: z.number().nullable() });

const indicatorData = mirrors<IndicatorData>()(
  z.object({
    id: z.string(),
    name: z.string(),
    method: z.string(),
    source: z.string(),
    unit: z.string(),
    /** The baseline's free note. */
    baseline: z.string(),
    baselineYear: z.number().nullable(),
    baselineValues: figureValues,
    /** Year → the target's free note. */
    targets: z.record(z.string(), z.string()),
    /** Year → the target's figures. */
    targetValues: z.record(z.string(), figureValues),
    genderSplit: z.boolean(),
  }),
);

export const goalData = mirrors<GoalData>()(
  z.object({
    id: z.string(),
    title: z.string(),
    level: z.string().nullable(),
    parentGoalId: z.string().nullable(),
    parentVersion: z.number().nullable().optional(),
    periodFrom: z.number().nullable(),
    periodTo: z.number().nullable(),
    responsibleBodyId: z.string().nullable(),
    /** Global Goals 1–17. */
    agenda2030: z.array(z.number()),
    indicators: z.array(indicatorData),
    /** Plain text of the viljeinriktning (blocks separated by newlines). */
    viljeinriktningText: z.string(),
  }),
);

const versionSummary = z.object({
  number: z.number(),
  title: z.string(),
  /** SHA-256 over the version's canonical form and the previous version's hash: one chain per document. */
  hash: z.string(),
  previousHash: z.string().nullable(),
  decision: decisionReference,
  note: z.string().nullable(),
  lockedAt: timestamp,
  lockedBy: z.object({ id: id.nullable(), name: z.string() }),
});
export type VersionSummary = z.infer<typeof versionSummary>;

const versionDetail = versionSummary.extend({
  html: z.string(),
  plainText: z.string(),
  /** The structured goals as fastställda. */
  goals: z.array(goalData),
});

export const versionParams = z.object({ id: z.uuid(), number: z.string().regex(VERSION_NUMBER) });

export const listVersions = route({
  method: 'get',
  path: '/documents/:id/versions',
  summary: 'A document’s fastställda versions, oldest first.',
  auth: 'member',
  params: idParams,
  responses: { 200: z.object({ versions: z.array(versionSummary) }) },
});

export const getVersion = route({
  method: 'get',
  path: '/documents/:id/versions/:number',
  summary: 'One fastställd version with its content.',
  auth: 'member',
  params: versionParams,
  responses: { 200: z.object({ version: versionDetail }) },
});

export const lockDocument = route({
  method: 'post',
  path: '/documents/:id/versions',
  summary: 'Fastställer the document as it is now with its decision; 409 when already fastställd and unchanged.',
  auth: 'member',
  params: idParams,
  body: z.object({ decision: decisionReference, note: z.string().trim().max(4000).optional() }),
  responses: { 201: z.object({ version: versionSummary }) },
});

export const reopenDocument = route({
  method: 'post',
  path: '/documents/:id/reopen',
  summary: 'Reopens a fastställd document for editing (its versions stay).',
  auth: 'member',
  params: idParams,
  responses: { 204: null },
});

export const versionContracts = { listVersions, getVersion, lockDocument, reopenDocument };
