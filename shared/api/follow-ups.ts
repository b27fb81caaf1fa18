/** Uppföljningar generated from a body's goals in force, and their counts ("8 uppnås helt, 10 delvis …"). */
import { z } from 'zod';
import { route } from './contract';
import { id } from './common';

/** How the goals of one uppföljning are assessed; `saknas`: not yet assessed (it cannot be fastställd then). */
export const followUpSummary = z.object({
  total: z.number(),
  helt: z.number(),
  delvis: z.number(),
  ej: z.number(),
  ejBedomd: z.number(),
  saknas: z.number(),
});

export const createFollowUp = route({
  method: 'post',
  path: '/follow-ups',
  summary: 'Creates the uppföljning of one body for one follow-up (e.g. "2027-delarsrapport") with a block per goal of that body in force; 409 when it exists.',
  auth: 'member',
  body: z.object({ bodyId: z.uuid(), period: z.string().trim().min(6).max(60) }),
  responses: { 201: z.object({ documentId: id }) },
});

export const followUpSummaryRoute = route({
  method: 'get',
  path: '/follow-ups/:documentId/summary',
  summary: 'How the goals of an uppföljning are assessed, as the register has it now.',
  auth: 'member',
  params: z.object({ documentId: z.uuid() }),
  responses: { 200: followUpSummary },
});

export const followUpContracts = { createFollowUp, followUpSummary: followUpSummaryRoute };
