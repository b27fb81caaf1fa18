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
import { enabledProviders } from '../oidc/provider-config';
import { providerLogoutUrl } from '../oidc/oidc-logout';
import { passwordRefusedFor } from '../oidc/password-policy';
import type { Role } from '../../shared/domain/roles';
import { publicOrigin } from '../http/public-origin';
import { presentMe } from './present-me';

export const authRoutes = new Hono<AppEnv>()
  .get(api.getAuthOptions.path, async (c) => {
    // A demo install says so on its login page, with the demo accounts.
    const { db } = c.var.database;
    const [demo] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.isDemo, true)).limit(1);
    const providers = await enabledProviders(db, c.var.services.oidc);
    return respond(c, api.getAuthOptions, 200, {
      demo: Boolean(demo),
      providers: providers.map((provider) => ({ organisation: provider.slug, name: provider.name })),
      passwordLogin: providers.every((provider) => provider.passwordLogin),
    });
  })
  .post(api.login.path, async (c) => {
    const { database, passwords, clock, cookies, oidc } = c.var.services;
    const input = await parseJson(c, api.login.body);
    const passwordRefused = (organisationId: string, role: Role) => passwordRefusedFor(database.db, oidc, organisationId, role);
    const { token, principal } = await login({ db: database.db, passwords, now: clock(), passwordRefused }, { ...input, ip: clientIp(c) });
    writeSessionCookie(c, token, principal.session.expiresAt, cookies);
    return respond(c, api.login, 200, await presentMe(database.db, principal));
  })
  .post(api.logout.path, async (c) => {
    const { database, clock, cookies, events, oidc, oidcClients, log } = c.var.services;
    const principal = c.var.principal;
    let endSessionUrl: string | null = null;
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
      endSessionUrl = await providerLogoutUrl({ db: database.db, oidc, clients: oidcClients, log }, principal.session, publicOrigin(c));
    }
    clearSessionCookie(c, cookies);
    // A workshop guest leaves the same way: the guest session ends too.
    if (c.var.guest) {
      await invalidateGuestSession(database.db, c.var.guest.session.id);
      await events.changed({ kind: 'session', sessionId: c.var.guest.session.id });
    }
    if (readSessionCookie(c, GUEST_COOKIE)) clearSessionCookie(c, cookies, GUEST_COOKIE);
    // The browser goes on to the provider's logout when the organisation ends that session too.
    return endSessionUrl ? respond(c, api.logout, 200, { endSessionUrl }) : c.body(null, 204);
  });
