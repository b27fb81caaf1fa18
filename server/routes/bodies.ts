import { Hono } from 'hono';
import * as api from '../../shared/api/bodies';
import { createBody, deleteBody, updateBody } from '../accounts/bodies';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation, requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseChanges, parseJson, uuidParam } from '../http/validate';
import { bodiesOf } from './present-me';

/** The body tree: every member reads it; admins edit it. */
export const bodyRoutes = new Hono<AppEnv>()
  .get(api.listBodies.path, async (c) => {
    const principal = requirePrincipal(c);
    return respond(c, api.listBodies, 200, { bodies: await bodiesOf(c.var.database.db, principal.organisation.id) });
  })
  .post(api.createBody.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const input = await parseJson(c, api.createBody.body);
    return respond(c, api.createBody, 201, { body: await createBody(c.var.database.db, actorOf(c, principal), input) });
  })
  .patch(api.updateBody.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const id = uuidParam(c, 'id');
    const input = await parseChanges(c, api.updateBody.body);
    return respond(c, api.updateBody, 200, { body: await updateBody(c.var.database.db, actorOf(c, principal), id, input) });
  })
  .delete(api.deleteBody.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    await deleteBody(c.var.database.db, actorOf(c, principal), uuidParam(c, 'id'));
    return c.body(null, 204);
  });
