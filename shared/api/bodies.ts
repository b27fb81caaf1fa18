/** The body tree (fullmäktige, nämnder, förvaltningar …): every member reads it, admins edit it. */
import { z } from 'zod';
import { BODY_TYPES } from '../domain/bodies';
import { id, idParams, timestamp } from './common';
import { route } from './contract';

const body = z.object({
  id,
  organisationId: id,
  parentId: id.nullable(),
  type: z.enum(BODY_TYPES),
  name: z.string(),
  shortName: z.string().nullable(),
  sortOrder: z.number(),
  createdAt: timestamp,
});
export type Body = z.infer<typeof body>;

const bodyFields = {
  name: z.string().trim().min(1).max(200),
  shortName: z
    .string()
    .trim()
    .max(20)
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value)),
  type: z.enum(BODY_TYPES),
  parentId: z.uuid().nullable().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
};

const newBody = z.object(bodyFields);
export type BodyFields = z.input<typeof newBody>;

export const listBodies = route({ method: 'get', path: '/bodies', summary: 'The organisation’s bodies, in order.', auth: 'member', responses: { 200: z.object({ bodies: z.array(body) }) } });

export const createBody = route({ method: 'post', path: '/admin/bodies', summary: 'Adds a body (admins).', auth: 'member', body: newBody, responses: { 201: z.object({ body }) } });

export const updateBody = route({
  method: 'patch',
  path: '/admin/bodies/:id',
  summary: 'Changes a body (admins); 400 when nothing is named to change.',
  auth: 'member',
  params: idParams,
  body: z.object(bodyFields).partial(),
  responses: { 200: z.object({ body }) },
});

export const deleteBody = route({ method: 'delete', path: '/admin/bodies/:id', summary: 'Removes a body without children or documents (admins).', auth: 'member', params: idParams, responses: { 204: null } });

export const bodyContracts = { listBodies, createBody, updateBody, deleteBody };
