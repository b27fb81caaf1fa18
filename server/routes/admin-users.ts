import { Hono } from 'hono';
import * as api from '../../shared/api/admin-users';
import { liftLoginLock } from '../accounts/login-lock';
import { createUser, listUsers, resetPassword, updateUser } from '../accounts/users';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation } from '../http/guards';
import { respond } from '../http/respond';
import { parseChanges, parseJson, uuidParam } from '../http/validate';

/** Administration of the organisation's members: admins only (`org.admin`). */
export const adminUserRoutes = new Hono<AppEnv>()
  .get(api.listUsers.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    return respond(c, api.listUsers, 200, { users: await listUsers(c.var.database.db, principal.organisation.id) });
  })
  .post(api.createUser.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const input = await parseJson(c, api.createUser.body);
    const { user, password } = await createUser(c.var.database.db, c.var.services.passwords, actorOf(c, principal), input);
    return respond(c, api.createUser, 201, { user, ...(password && { password }) });
  })
  .patch(api.updateUser.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const id = uuidParam(c, 'id');
    const input = await parseChanges(c, api.updateUser.body);
    const user = await updateUser(c.var.database.db, actorOf(c, principal), id, input);
    void c.var.services.events.changed({ kind: 'user', userId: id });
    return respond(c, api.updateUser, 200, { user });
  })
  .post(api.resetPassword.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const id = uuidParam(c, 'id');
    const password = await resetPassword(c.var.database.db, c.var.services.passwords, actorOf(c, principal), id);
    void c.var.services.events.changed({ kind: 'user', userId: id });
    return respond(c, api.resetPassword, 200, { password });
  })
  .post(api.liftLoginLock.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    return respond(c, api.liftLoginLock, 200, await liftLoginLock(c.var.database.db, actorOf(c, principal), uuidParam(c, 'id')));
  });
