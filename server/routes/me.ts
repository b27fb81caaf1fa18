import { Hono } from 'hono';
import { z } from 'zod';
import { changeOwnPassword } from '../accounts/users';
import { writeSessionCookie } from '../auth/cookie';
import { createSession } from '../auth/sessions';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { requirePrincipal } from '../http/guards';
import { parseJson } from '../http/validate';
import { presentMe } from './present-me';

const passwordBody = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) });

export const meRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => c.json(await presentMe(c.var.database.db, requirePrincipal(c))))
  .post('/me/password', async (c) => {
    const principal = requirePrincipal(c);
    const { database, passwords, cookies } = c.var.services;
    const input = await parseJson(c, passwordBody);
    const actor = actorOf(c, principal);
    await changeOwnPassword(database.db, passwords, actor, input);
    // Every session ended, this one too; the browser that changed the password gets a fresh one.
    const { token, session } = await createSession(database.db, actor.userId, actor.organisationId, actor.at);
    writeSessionCookie(c, token, session.expiresAt, cookies);
    void c.var.services.events.changed({ kind: 'user', userId: actor.userId });
    return c.body(null, 204);
  });
