import { Hono } from 'hono';
import * as api from '../../shared/api/me';
import { changeOwnPassword } from '../accounts/users';
import { writeSessionCookie } from '../auth/cookie';
import { createSession } from '../auth/sessions';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseJson } from '../http/validate';
import { presentMe } from './present-me';

export const meRoutes = new Hono<AppEnv>()
  .get(api.getMe.path, async (c) => respond(c, api.getMe, 200, await presentMe(c.var.database.db, requirePrincipal(c))))
  .post(api.changePassword.path, async (c) => {
    const principal = requirePrincipal(c);
    const { database, passwords, cookies } = c.var.services;
    const input = await parseJson(c, api.changePassword.body);
    const actor = actorOf(c, principal);
    await changeOwnPassword(database.db, passwords, actor, input);
    // Every session ended, this one too; the browser that changed the password gets a fresh one.
    const { token, session } = await createSession(database.db, actor.userId, actor.organisationId, actor.at, principal.session.method);
    writeSessionCookie(c, token, session.expiresAt, cookies);
    void c.var.services.events.changed({ kind: 'user', userId: actor.userId });
    return c.body(null, 204);
  });
