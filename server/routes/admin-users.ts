import { Hono } from 'hono';
import { z } from 'zod';
import { ROLES } from '../../shared/domain/roles';
import { liftLoginLock } from '../accounts/login-lock';
import { createUser, listUsers, resetPassword, updateUser } from '../accounts/users';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation } from '../http/guards';
import { parseChanges, parseJson, uuidParam } from '../http/validate';

const newUserBody = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: z.string().max(1024).optional(),
  bodyIds: z.array(z.uuid()).max(100).optional(),
});

const userChangesBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  bodyIds: z.array(z.uuid()).max(100).optional(),
});

/** Administration of the organisation's members: admins only (`org.admin`). */
export const adminUserRoutes = new Hono<AppEnv>()
  .get('/admin/users', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    return c.json({ users: await listUsers(c.var.database.db, principal.organisation.id) });
  })
  .post('/admin/users', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const input = await parseJson(c, newUserBody);
    const { user, password } = await createUser(c.var.database.db, c.var.services.passwords, actorOf(c, principal), input);
    return c.json({ user, ...(password && { password }) }, 201);
  })
  .patch('/admin/users/:id', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const id = uuidParam(c, 'id');
    const input = await parseChanges(c, userChangesBody);
    const user = await updateUser(c.var.database.db, actorOf(c, principal), id, input);
    void c.var.services.events.changed({ kind: 'user', userId: id });
    return c.json({ user });
  })
  .post('/admin/users/:id/reset-password', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const id = uuidParam(c, 'id');
    const password = await resetPassword(c.var.database.db, c.var.services.passwords, actorOf(c, principal), id);
    void c.var.services.events.changed({ kind: 'user', userId: id });
    return c.json({ password });
  })
  .post('/admin/users/:id/lift-login-lock', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    return c.json(await liftLoginLock(c.var.database.db, actorOf(c, principal), uuidParam(c, 'id')));
  });
