import { z } from 'zod';
import { DOCUMENT_ACTIONS } from '../auth/permissions';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../domain/documents';
import { id, idParams, personRef, timestamp } from './common';
import { route } from './contract';
import { followUpSummary } from './follow-ups';

/** A document as the API shows it, with what the asking user may do with it. */
const documentView = z.object({
  id,
  type: z.enum(DOCUMENT_TYPES),
  title: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  bodyId: id.nullable(),
  bodyName: z.string().nullable(),
  lastEditedAt: timestamp.nullable(),
  lastEditedBy: personRef.nullable(),
  createdAt: timestamp,
  archivedAt: timestamp.nullable(),
  /** Comment threads not yet resolved. */
  openThreads: z.number(),
  /** An uppföljning's follow-up ('2027-delarsrapport') and how its goals are assessed now; null for other documents. */
  followUp: z.object({ period: z.string(), summary: followUpSummary }).nullable(),
  permissions: z.array(z.enum(DOCUMENT_ACTIONS)),
});
export type DocumentView = z.infer<typeof documentView>;

const oneDocument = z.object({ document: documentView });

export const listDocuments = route({
  method: 'get',
  path: '/documents',
  summary: 'The documents the user may read, filtered by body and type; archived ones only when asked.',
  auth: 'member',
  query: z.object({
    bodyId: z.uuid().optional(),
    type: z.enum(DOCUMENT_TYPES).optional(),
    includeArchived: z.enum(['true', 'false']).optional(),
  }),
  responses: { 200: z.object({ documents: z.array(documentView) }) },
});

export const createDocument = route({
  method: 'post',
  path: '/documents',
  summary: 'Creates a document from its type’s template.',
  auth: 'member',
  body: z.object({
    type: z.enum(DOCUMENT_TYPES),
    title: z.string().trim().min(1).max(300),
    bodyId: z.uuid().nullable().optional(),
  }),
  responses: { 201: oneDocument },
});

export const getDocument = route({ method: 'get', path: '/documents/:id', summary: 'One document.', auth: 'member', params: idParams, responses: { 200: oneDocument } });

export const updateDocument = route({
  method: 'patch',
  path: '/documents/:id',
  summary: 'Renames, moves, archives or restores a document.',
  auth: 'member',
  params: idParams,
  body: z.object({
    title: z.string().trim().min(1).max(300).optional(),
    bodyId: z.uuid().nullable().optional(),
    archived: z.boolean().optional(),
  }),
  responses: { 200: oneDocument },
});

export const documentContracts = { listDocuments, createDocument, getDocument, updateDocument };
