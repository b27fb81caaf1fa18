import { Hono, type Context } from 'hono';
import { OIDC_CALLBACK_PATH, OIDC_LOGGED_OUT_PATH } from '../../shared/auth/oidc-settings';
import * as api from '../../shared/api/oidc';
import type { Principal } from '../auth/principal';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation } from '../http/guards';
import { publicOrigin } from '../http/public-origin';
import { respond } from '../http/respond';
import { parseJson } from '../http/validate';
import { loadProviderConfig } from '../oidc/provider-config';
import { saveProvider } from '../oidc/save-provider';

/** The settings as the admin page shows them: whether a secret is stored, never the secret. */
async function view(c: Context<AppEnv>, principal: Principal): Promise<api.OidcView> {
  const { database, oidc } = c.var.services;
  const provider = (await loadProviderConfig(database.db, oidc, principal.organisation.id))!;
  const origin = publicOrigin(c);
  return {
    settings: provider.settings,
    secretSet: provider.clientSecret !== undefined || provider.secretUnreadable,
    secretUnreadable: provider.secretUnreadable,
    fromEnvironment: provider.fromEnvironment,
    secretKeyConfigured: oidc.secretKey !== undefined,
    redirectUri: `${origin}${OIDC_CALLBACK_PATH}`,
    postLogoutRedirectUri: `${origin}${OIDC_LOGGED_OUT_PATH}`,
  };
}

/** The organisation's sign-in through its identity provider: admins only. */
export const adminOidcRoutes = new Hono<AppEnv>()
  .get(api.getOidcSettings.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    return respond(c, api.getOidcSettings, 200, { oidc: await view(c, principal) });
  })
  .put(api.updateOidcSettings.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const input = await parseJson(c, api.updateOidcSettings.body);
    await saveProvider(c.var.database.db, c.var.services.oidc, actorOf(c, principal), input);
    return respond(c, api.updateOidcSettings, 200, { oidc: await view(c, principal) });
  });
