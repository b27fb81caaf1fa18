import { Hono } from 'hono';
import { z } from 'zod';
import { BODY_TYPES } from '../../shared/domain/bodies';
import { createBody, deleteBody, updateBody } from '../accounts/bodies';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation, requirePrincipal } from '../http/guards';
import { parseChanges, parseJson, uuidParam } from '../http/validate';
import { bodiesOf } from './present-me';

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

/** The body tree: every member reads it; admins edit it. */
export const bodyRoutes = new Hono<AppEnv>()
  .get('/bodies', async (c) => {
    const principal = requirePrincipal(c);
    return c.json({ bodies: await bodiesOf(c.var.database.db, principal.organisation.id) });
  })
  .post('/admin/bodies', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const input = await parseJson(c, z.object(bodyFields));
    return c.json({ body: await createBody(c.var.database.db, actorOf(c, principal), input) }, 201);
  })
  .patch('/admin/bodies/:id', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const id = uuidParam(c, 'id');
    const input = await parseChanges(c, z.object(bodyFields).partial());
    return c.json({ body: await updateBody(c.var.database.db, actorOf(c, principal), id, input) });
  })
  .delete('/admin/bodies/:id', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    await deleteBody(c.var.database.db, actorOf(c, principal), uuidParam(c, 'id'));
    return c.body(null, 204);
  });
