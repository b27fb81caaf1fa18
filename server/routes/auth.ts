import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import * as api from '../../shared/api/auth';
import { login } from '../accounts/login';
import { audit } from '../audit/audit-log';
import { clearSessionCookie, GUEST_COOKIE, readSessionCookie, writeSessionCookie } from '../auth/cookie';
import { invalidateGuestSession } from '../auth/guest-sessions';
import { invalidateSession } from '../auth/sessions';
import { organisations } from '../db/schema';
import { clientIp } from '../http/client-ip';
import type { AppEnv } from '../http/env';
import { respond } from '../http/respond';
import { parseJson } from '../http/validate';
import { presentMe } from './present-me';

export const authRoutes = new Hono<AppEnv>()
  .get(api.getAuthOptions.path, async (c) => {
    // A demo install says so on its login page, with the demo accounts.
    const [demo] = await c.var.database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.isDemo, true)).limit(1);
    return respond(c, api.getAuthOptions, 200, { demo: Boolean(demo) });
  })
  .post(api.login.path, async (c) => {
    const { database, passwords, clock, cookies } = c.var.services;
    const input = await parseJson(c, api.login.body);
    const { token, principal } = await login({ db: database.db, passwords, now: clock() }, { ...input, ip: clientIp(c) });
    writeSessionCookie(c, token, principal.session.expiresAt, cookies);
    return respond(c, api.login, 200, await presentMe(database.db, principal));
  })
  .post(api.logout.path, async (c) => {
    const { database, clock, cookies, events } = c.var.services;
    const principal = c.var.principal;
    if (principal) {
      await invalidateSession(database.db, principal.session.id);
      // Its open sockets close now, not when they next reconnect.
      await events.changed({ kind: 'session', sessionId: principal.session.id });
      await audit(database.db, {
        action: 'auth.logout',
        organisationId: principal.organisation.id,
        actorUserId: principal.user.id,
        ip: clientIp(c),
        at: clock(),
      });
    }
    clearSessionCookie(c, cookies);
    // A workshop guest leaves the same way: the guest session ends too.
    if (c.var.guest) {
      await invalidateGuestSession(database.db, c.var.guest.session.id);
      await events.changed({ kind: 'session', sessionId: c.var.guest.session.id });
    }
    if (readSessionCookie(c, GUEST_COOKIE)) clearSessionCookie(c, cookies, GUEST_COOKIE);
    return c.body(null, 204);
  });
