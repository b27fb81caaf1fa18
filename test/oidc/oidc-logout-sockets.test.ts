import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { startTestProvider, type TestProvider } from '../fixtures/oidc-provider';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { signInAtProvider } from './provider-sign-in';

// The address the provider sends browsers back to; this test follows the answer itself, nothing is sent there.
const PUBLIC_URL = 'http://samsyn.test';

describe(`a session from the identity provider, configured by the environment, ends with its live connections on ${driverUnderTest}`, () => {
  let idp: TestProvider;
  let h: SyncHarness;

  beforeAll(async () => {
    idp = await startTestProvider({ redirectUris: [`${PUBLIC_URL}/logga-in/oidc`], postLogoutRedirectUris: [`${PUBLIC_URL}/logga-in`] });
    h = await SyncHarness.start(
      {},
      {
        env: {
          PUBLIC_URL,
          SAMSYN_OIDC_ISSUER: idp.issuer,
          SAMSYN_OIDC_ORGANISATION: 'exempelkommun',
          SAMSYN_OIDC_CLIENT_ID: idp.clientId,
          SAMSYN_OIDC_CLIENT_SECRET: idp.clientSecret,
          SAMSYN_OIDC_END_SESSION: 'true',
        },
      },
    );
  });
  afterAll(async () => {
    await h?.stop();
    await idp?.stop();
  });

  it('logs out: the sockets close with 4401 and the browser is sent to the provider’s logout', async () => {
    idp.accounts.set('politiker-idp', { email: 'politiker@exempelkommun.se', email_verified: true, name: 'Politiker' });
    const started = await h.api<{ url: string }>('POST', '/auth/oidc/start', undefined, { organisation: 'exempelkommun' });
    expect(started.status).toBe(200);
    const pending = started.response.headers.getSetCookie()[0]!.split(';')[0]!;
    const back = await signInAtProvider(started.body.url, 'politiker-idp', `${PUBLIC_URL}/logga-in/oidc`);
    const signedIn = await h.api<{ me: { role: string } }>('POST', '/auth/oidc/callback', pending, { query: back.search.slice(1) });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.me.role).toBe('politician');
    const cookie = signedIn.response.headers.getSetCookie().find((line) => line.startsWith('samsyn_session='))!.split(';')[0]!;

    const client = h.client(documentRoom(await h.createDocument()), cookie);
    await synced(client);
    const logout = await h.api<{ endSessionUrl: string }>('POST', '/auth/logout', cookie);
    expect(logout.status).toBe(200);
    expect(logout.body.endSessionUrl.startsWith(`${idp.issuer}/session/end?`)).toBe(true);
    await until(() => client.closes.length > 0, 'the close after logout', 5000);
    expect(client.closes[0]).toBe(CLOSE.unauthenticated);
  });
});
