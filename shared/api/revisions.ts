import { z } from 'zod';
import { id, idParams, personRef, timestamp } from './common';
import { route } from './contract';

/** An automatic revision of the draft, with who edited since the one before. */
const revisionSummary = z.object({ id, createdAt: timestamp, editors: z.array(personRef) });
export type RevisionSummary = z.infer<typeof revisionSummary>;

export const listRevisions = route({
  method: 'get',
  path: '/documents/:id/revisions',
  summary: 'The draft’s automatic revisions, newest first.',
  auth: 'member',
  params: idParams,
  responses: { 200: z.object({ revisions: z.array(revisionSummary) }) },
});

export const restoreRevision = route({
  method: 'post',
  path: '/documents/:id/revisions/:revisionId/restore',
  summary: 'Brings a revision’s content back into the live draft as a new change.',
  auth: 'member',
  params: z.object({ id: z.uuid(), revisionId: z.uuid() }),
  responses: { 204: null },
});

export const revisionContracts = { listRevisions, restoreRevision };
