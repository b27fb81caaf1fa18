import { Hono } from 'hono';
import { OIDC_CALLBACK_PATH } from '../../shared/auth/oidc-settings';
import * as api from '../../shared/api/oidc';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../auth/cookie';
import { clientIp } from '../http/client-ip';
import type { AppEnv } from '../http/env';
import { publicOrigin } from '../http/public-origin';
import { respond } from '../http/respond';
import { parseJson } from '../http/validate';
import { beginOidcLogin, completeOidcLogin, type OidcDeps } from '../oidc/oidc-login';
import { findOrganisationBySlug } from '../oidc/provider-config';
import type { Context } from 'hono';
import { presentMe } from './present-me';

/** The pending sign-in's cookie: HttpOnly, only sent to these routes, gone after ten minutes. */
const OIDC_COOKIE = 'samsyn_oidc';

/** Only a path of ours is a place to go after signing in (no //host, no scheme). */
const internalPath = (next: string | null | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : null);

const depsOf = (c: Context<AppEnv>): OidcDeps => {
  const { database, oidc, oidcClients, log, events, clock } = c.var.services;
  return { db: database.db, oidc, clients: oidcClients, log, events, now: clock() };
};

export const oidcRoutes = new Hono<AppEnv>()
  .post(api.startOidcLogin.path, async (c) => {
    const input = await parseJson(c, api.startOidcLogin.body);
    const deps = depsOf(c);
    const organisationId = await findOrganisationBySlug(deps.db, input.organisation);
    const started = await beginOidcLogin(deps, {
      organisationId,
      redirectUri: `${publicOrigin(c)}${OIDC_CALLBACK_PATH}`,
      returnTo: internalPath(input.next),
    });
    writeSessionCookie(c, started.cookieToken, started.expiresAt, c.var.services.cookies, OIDC_COOKIE);
    return respond(c, api.startOidcLogin, 200, { url: started.url });
  })
  .post(api.completeOidcLogin.path, async (c) => {
    const input = await parseJson(c, api.completeOidcLogin.body);
    const { cookies } = c.var.services;
    const cookieToken = readSessionCookie(c, OIDC_COOKIE);
    // The pending sign-in is used once, whatever happens now.
    if (cookieToken) clearSessionCookie(c, cookies, OIDC_COOKIE);
    const { token, principal, returnTo } = await completeOidcLogin(depsOf(c), { cookieToken, query: input.query, ip: clientIp(c) });
    writeSessionCookie(c, token, principal.session.expiresAt, cookies);
    return respond(c, api.completeOidcLogin, 200, { me: await presentMe(c.var.database.db, principal), next: returnTo });
  });
