import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OIDC_SETTINGS, type OidcSettings } from '../../shared/auth/oidc-settings';
import { t } from '../../shared/i18n';
import { DEMO_ORGANISATION } from '../../server/demo/exempelkommun';
import { auditLog, bodies, oidcLogins, oidcProviders, sessions, userIdentities, users } from '../../server/db/schema';
import type { AccessChange } from '../../server/events/access-events';
import { AppHarness, sessionCookieFrom, setCookieHeader } from '../helpers/app-harness';
import { allowServerErrors } from '../helpers/server-errors';
import { freePort } from '../helpers/server-process';
import { driverUnderTest } from '../helpers/test-database';
import { startTestProvider, type TestProvider } from '../fixtures/oidc-provider';
import { signInAtProvider } from './provider-sign-in';

const CALLBACK = 'http://localhost/logga-in/oidc';
const secretKey = randomBytes(32);

describe(`sign-in through the organisation's identity provider (OpenID Connect against oidc-provider), on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let idp: TestProvider;
  let admin: string;

  beforeAll(async () => {
    idp = await startTestProvider({ redirectUris: [CALLBACK], postLogoutRedirectUris: ['http://localhost/logga-in'] });
    h = await AppHarness.create();
    h.oidc = { secretKey, publicUrl: undefined, environment: undefined };
    h.logLines = [];
  });
  afterAll(async () => {
    await h?.dispose();
    await idp?.stop();
  });
  beforeEach(async () => {
    await h.reset();
    h.logLines = [];
    h.rebuildApp();
    idp.accounts.clear();
    idp.endSessionRequests.length = 0;
    admin = await h.login('admin@exempelkommun.se');
  });

  const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
  const messageOf = async (response: Response) => (await json<{ error: { message: string; code: string } }>(response)).error;

  async function configure(changes: Partial<OidcSettings> = {}, clientSecret: string | null | undefined = idp.clientSecret) {
    const settings = { ...DEFAULT_OIDC_SETTINGS, enabled: true, issuer: idp.issuer, clientId: idp.clientId, scopes: 'openid email profile groups', ...changes };
    const response = await h.request('/api/admin/oidc', { method: 'PUT', cookie: admin, body: { settings, ...(clientSecret === undefined ? {} : { clientSecret }) } });
    expect(response.status, await response.clone().text()).toBe(200);
    return response;
  }

  async function start(ip = '198.51.100.7') {
    const response = await h.request('/api/auth/oidc/start', { method: 'POST', body: { organisation: DEMO_ORGANISATION.slug, next: '/mal' }, headers: { 'x-forwarded-for': ip } });
    const body = await response.clone().text();
    expect(response.status, body).toBe(200);
    const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith('samsyn_oidc='))!;
    return { url: new URL(((await response.json()) as { url: string }).url), cookie: line.split(';')[0]!, line };
  }

  const callback = (query: string, cookie?: string, ip = '198.51.100.7') =>
    h.request('/api/auth/oidc/callback', { method: 'POST', body: { query }, cookie, headers: { 'x-forwarded-for': ip } });

  /** The whole flow without a browser: start, sign in at the provider, send its answer to the callback. */
  async function signIn(login: string, tamper?: (query: URLSearchParams) => void) {
    const started = await start();
    const back = await signInAtProvider(started.url.href, login, CALLBACK);
    const query = new URLSearchParams(back.search);
    tamper?.(query);
    return { response: await callback(query.toString(), started.cookie), started };
  }

  const account = (email: string, extra: Partial<{ email_verified: boolean; name: string; groups: string[] }> = {}) => ({
    email,
    email_verified: true,
    name: 'Ny Nämndledamot',
    ...extra,
  });

  it('stores the client secret encrypted, never sends it back, and lists the provider on the login page', async () => {
    const saved = await json<{ oidc: { secretSet: boolean; redirectUri: string; settings: OidcSettings } }>(await configure());
    expect(saved.oidc.secretSet).toBe(true);
    expect(saved.oidc.redirectUri).toBe(CALLBACK);
    const shown = await (await h.request('/api/admin/oidc', { cookie: admin })).text();
    expect(shown).not.toContain(idp.clientSecret);
    const [row] = await h.db.select().from(oidcProviders);
    expect(row!.clientSecretEncrypted).toMatch(/^v1\./);
    expect(row!.clientSecretEncrypted).not.toContain(idp.clientSecret);
    const audited = await h.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.oidc_changed'));
    expect(JSON.stringify(audited)).not.toContain(idp.clientSecret);
    const options = await json<{ providers: unknown[]; passwordLogin: boolean }>(await h.request('/api/auth/options'));
    expect(options).toMatchObject({ providers: [{ organisation: DEMO_ORGANISATION.slug, name: 'Exempelkommun' }], passwordLogin: true });
    // Only admins see or change it.
    const official = await h.login('tjansteperson@exempelkommun.se');
    expect((await h.request('/api/admin/oidc', { cookie: official })).status).toBe(403);
  });

  it('refuses to store a secret without SAMSYN_SECRET_KEY, and an http issuer that is not on this machine', async () => {
    h.oidc = { secretKey: undefined, publicUrl: undefined, environment: undefined };
    h.rebuildApp();
    const settings = { ...DEFAULT_OIDC_SETTINGS, enabled: true, issuer: idp.issuer, clientId: 'samsyn' };
    const noKey = await h.request('/api/admin/oidc', { method: 'PUT', cookie: admin, body: { settings, clientSecret: 'hemligt' } });
    expect(noKey.status).toBe(409);
    expect((await messageOf(noKey)).message).toBe(t('oidc.error.secretKeyMissing'));
    h.oidc = { secretKey, publicUrl: undefined, environment: undefined };
    h.rebuildApp();
    const insecure = await h.request('/api/admin/oidc', { method: 'PUT', cookie: admin, body: { settings: { ...settings, issuer: 'http://login.example.se' } } });
    expect(insecure.status).toBe(400);
    expect((await messageOf(insecure)).message).toBe(t('oidc.error.issuerInvalid'));
  });

  it('signs a new member in: the account is made with the default role (viewer), with the same session cookie and audit row as a password login', async () => {
    await configure();
    idp.accounts.set('anna', account('anna.andersson@exempelkommun.se', { name: 'Anna Andersson' }));
    const { response, started } = await signIn('anna');
    const body = await response.clone().text();
    expect(response.status, body).toBe(200);
    expect(started.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(started.line).toMatch(/HttpOnly/);
    const { me, next } = await json<{ me: { user: { email: string; name: string; passwordChangeRequired: boolean }; role: string }; next: string }>(response);
    expect(me.user).toMatchObject({ email: 'anna.andersson@exempelkommun.se', name: 'Anna Andersson', passwordChangeRequired: false });
    expect(me.role).toBe('viewer');
    expect(next).toBe('/mal');

    // The cookie is the password login's: same name, flags and lifetime.
    const passwordLine = setCookieHeader(await h.request('/api/auth/login', { method: 'POST', body: { email: 'revisor@exempelkommun.se', password: 'samsyn-demo' } }))!;
    const oidcLine = setCookieHeader(response)!;
    const flags = (line: string) => line.split(';').slice(1).map((part) => part.trim().replace(/^Expires=.*/, 'Expires')).sort();
    expect(flags(oidcLine)).toEqual(flags(passwordLine));
    const cookie = sessionCookieFrom(response)!;
    expect((await h.request('/api/me', { cookie })).status).toBe(200);
    const [session] = await h.db.select().from(sessions).where(eq(sessions.method, 'oidc'));
    expect(session!.expiresAt.getTime() - h.clock.now.getTime()).toBe(30 * 24 * 60 * 60 * 1000);
    const [user] = await h.db.select().from(users).where(eq(users.email, 'anna.andersson@exempelkommun.se'));
    expect(user!.passwordHash).toBeNull();
    const logins = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.actorUserId, user!.id)));
    expect(logins).toHaveLength(1);
    expect(logins[0]!.details).toEqual({ method: 'oidc', issuer: idp.issuer });

    // The next sign-in finds the same account by issuer and subject.
    idp.accounts.set('anna', account('anna.andersson@exempelkommun.se', { name: 'Anna Andersson' }));
    expect((await signIn('anna')).response.status).toBe(200);
    expect(await h.db.select().from(users).where(eq(users.email, 'anna.andersson@exempelkommun.se'))).toHaveLength(1);
    expect(await h.db.select().from(userIdentities).where(eq(userIdentities.subject, 'anna'))).toHaveLength(1);
  });

  it('refuses someone without an account when the organisation creates none: "Kontakta din administratör"', async () => {
    await configure({ provisioning: 'refuse' });
    idp.accounts.set('okand', account('okand@exempelkommun.se'));
    const { response } = await signIn('okand');
    expect(response.status).toBe(403);
    const error = await messageOf(response);
    expect(error.message).toBe(t('oidc.error.noAccount'));
    expect(error.message).toContain('Kontakta din administratör');
    expect(sessionCookieFrom(response)).toBeNull();
    expect(await h.db.select().from(users).where(eq(users.email, 'okand@exempelkommun.se'))).toEqual([]);
    const [failed] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    expect(failed!.details).toMatchObject({ method: 'oidc', reason: 'oidc_no_account', email: 'okand@exempelkommun.se' });
  });

  it('maps a groups claim to a role and bodies, at the first sign-in and again when the groups change', async () => {
    const [bun] = await h.db.select().from(bodies).where(eq(bodies.shortName, 'BUN'));
    await configure({
      roleClaim: 'groups',
      roleMappings: [
        { value: 'samsyn-politiker-bun', role: 'politician', bodyIds: [bun!.id] },
        { value: 'samsyn-processledare', role: 'facilitator', bodyIds: [] },
      ],
    });
    idp.accounts.set('bo', account('bo@exempelkommun.se', { groups: ['alla-anstallda', 'samsyn-politiker-bun'] }));
    const first = await json<{ me: { role: string; bodies: { id: string }[] } }>((await signIn('bo')).response);
    expect(first.me.role).toBe('politician');
    expect(first.me.bodies.map((body) => body.id)).toEqual([bun!.id]);

    const changes: AccessChange[] = [];
    h.events.onChanged(async (change) => void changes.push(change));
    idp.accounts.set('bo', account('bo@exempelkommun.se', { groups: ['samsyn-processledare'] }));
    const second = await json<{ me: { role: string; bodies: unknown[] } }>((await signIn('bo')).response);
    expect(second.me).toMatchObject({ role: 'facilitator', bodies: [] });
    expect(changes.some((change) => change.kind === 'user')).toBe(true);
    const roleChanges = await h.db.select().from(auditLog).where(eq(auditLog.action, 'user.role_changed'));
    expect(roleChanges.map((row) => row.details)).toContainEqual({ from: 'politician', to: 'facilitator' });

    // No matching group: the default role.
    idp.accounts.set('bo', account('bo@exempelkommun.se', { groups: ['alla-anstallda'] }));
    expect((await json<{ me: { role: string } }>((await signIn('bo')).response)).me.role).toBe('viewer');
  });

  it('never lets a mapping demote the organisation’s last active admin: the sign-in goes on, the role stays, the log says why', async () => {
    await configure({ roleClaim: 'groups', roleMappings: [] });
    idp.accounts.set('admin-idp', account('admin@exempelkommun.se', { groups: ['alla-anstallda'] }));
    const { response } = await signIn('admin-idp');
    expect(response.status).toBe(200);
    expect((await json<{ me: { role: string } }>(response)).me.role).toBe('admin');
    expect(h.logLines!.some((line) => line.includes('OIDC role mapping not applied') && line.includes('last_admin'))).toBe(true);
  });

  it('refuses a member deactivated in Samsyn, though the provider signs them in', async () => {
    await configure();
    idp.accounts.set('cilla', account('cilla@exempelkommun.se'));
    expect((await signIn('cilla')).response.status).toBe(200);
    const [user] = await h.db.select().from(users).where(eq(users.email, 'cilla@exempelkommun.se'));
    expect((await h.request(`/api/admin/users/${user!.id}`, { method: 'PATCH', cookie: admin, body: { active: false } })).status).toBe(200);
    const { response } = await signIn('cilla');
    expect(response.status).toBe(403);
    expect((await messageOf(response)).message).toBe(t('oidc.error.deactivated'));
  });

  it('links an existing password account by a verified e-mail only', async () => {
    await configure();
    const [politician] = await h.db.select().from(users).where(eq(users.email, 'politiker@exempelkommun.se'));
    idp.accounts.set('overtagare', account('politiker@exempelkommun.se', { email_verified: false }));
    const unverified = (await signIn('overtagare')).response;
    expect(unverified.status).toBe(403);
    expect((await messageOf(unverified)).message).toBe(t('oidc.error.emailUnverified'));
    expect(await h.db.select().from(userIdentities)).toEqual([]);

    idp.accounts.set('politiker-idp', account('POLITIKER@exempelkommun.se'));
    const verified = (await signIn('politiker-idp')).response;
    expect(verified.status).toBe(200);
    const { me } = await json<{ me: { user: { id: string }; role: string } }>(verified);
    expect(me.user.id).toBe(politician!.id);
    expect(me.role).toBe('politician');
    expect((await h.db.select().from(userIdentities))[0]).toMatchObject({ issuer: idp.issuer, subject: 'politiker-idp', userId: politician!.id });
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, 'user.identity_linked'))).toHaveLength(1);

    // Entra ID sends no email_verified: its xms_edov (the tenant owns the address's domain) vouches instead.
    idp.accounts.set('entra-tjansteperson', { ...account('tjansteperson@exempelkommun.se', { email_verified: false }), xms_edov: true });
    const entra = (await signIn('entra-tjansteperson')).response;
    expect(entra.status).toBe(200);
    expect((await json<{ me: { role: string } }>(entra)).me.role).toBe('official');
  });

  it('does not ask a member signed in through the provider to replace a one-time password they never used', async () => {
    await configure();
    const reset = await h.request('/api/admin/users', { cookie: admin });
    const { users: list } = await json<{ users: { id: string; email: string }[] }>(reset);
    const official = list.find((user) => user.email === 'tjansteperson@exempelkommun.se')!;
    expect((await h.request(`/api/admin/users/${official.id}/reset-password`, { method: 'POST', cookie: admin })).status).toBe(200);
    idp.accounts.set('tp', account('tjansteperson@exempelkommun.se'));
    const { response } = await signIn('tp');
    const cookie = sessionCookieFrom(response)!;
    expect((await json<{ me: { user: { passwordChangeRequired: boolean } } }>(response)).me.user.passwordChangeRequired).toBe(false);
    expect((await h.request('/api/documents', { cookie })).status).toBe(200);
  });

  it('refuses an e-mail outside the allowed domains', async () => {
    await configure({ allowedDomains: ['exempelkommun.se'] });
    idp.accounts.set('extern', account('konsult@annanfirma.se'));
    const { response } = await signIn('extern');
    expect(response.status).toBe(403);
    expect((await messageOf(response)).message).toBe(t('oidc.error.domainRefused'));
  });

  it('refuses a tampered state, a tampered nonce, a wrong PKCE verifier, a replayed or lapsed answer, and an answer without its cookie', async () => {
    await configure();
    idp.accounts.set('dan', account('dan@exempelkommun.se'));
    const rejected = t('oidc.error.rejected');

    const state = await signIn('dan', (query) => query.set('state', 'en-annan-state'));
    expect(state.response.status).toBe(401);
    expect((await messageOf(state.response)).message).toBe(rejected);

    const issuer = await signIn('dan', (query) => query.set('iss', 'https://angripare.example'));
    expect(issuer.response.status).toBe(401);

    // The pending row is the server's: changing it stands for an ID token or verifier of another sign-in.
    for (const change of [{ nonce: 'en-annan-nonce' }, { codeVerifier: 'a'.repeat(43) }]) {
      const started = await start();
      const back = await signInAtProvider(started.url.href, 'dan', CALLBACK);
      await h.db.update(oidcLogins).set(change);
      const response = await callback(back.search, started.cookie);
      expect(response.status, JSON.stringify(change)).toBe(401);
      expect((await messageOf(response)).message).toBe(rejected);
    }

    const started = await start();
    const back = await signInAtProvider(started.url.href, 'dan', CALLBACK);
    const withoutCookie = await callback(back.search);
    expect(withoutCookie.status).toBe(401);
    expect((await messageOf(withoutCookie)).message).toBe(t('oidc.error.expired'));
    // The answer is taken once: the same answer again finds nothing pending.
    expect((await callback(back.search, started.cookie)).status).toBe(200);
    const replayed = await callback(back.search, started.cookie);
    expect(replayed.status).toBe(401);
    expect((await messageOf(replayed)).message).toBe(t('oidc.error.expired'));
    const lapsed = await start();
    const lapsedBack = await signInAtProvider(lapsed.url.href, 'dan', CALLBACK);
    h.clock.advance(11 * 60 * 1000);
    const late = await callback(lapsedBack.search, lapsed.cookie);
    expect(late.status).toBe(401);
    expect((await messageOf(late)).message).toBe(t('oidc.error.expired'));
    expect(await h.db.select().from(sessions).where(eq(sessions.method, 'oidc'))).toHaveLength(1);
    const logged = h.logLines!.join('\n');
    expect(logged).toContain('OIDC callback refused');
    expect(logged).not.toContain(idp.clientSecret);
    expect(logged).not.toContain(back.searchParams.get('code')!);
  });

  it('counts failed callbacks in the login throttle with password failures: 429 for both once the address is at its limit', async () => {
    await configure();
    const ip = '192.0.2.44';
    for (let i = 0; i < 50; i += 1) expect((await callback('code=x&state=y', undefined, ip)).status).toBe(401);
    const limited = await callback('code=x&state=y', undefined, ip);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const password = await h.request('/api/auth/login', { method: 'POST', body: { email: 'revisor@exempelkommun.se', password: 'samsyn-demo' }, headers: { 'x-forwarded-for': ip } });
    expect(password.status).toBe(429);
  });

  it('says in Swedish when the provider is down, and logs it in English without the secret', async () => {
    const closed = await freePort();
    await configure({ issuer: `http://127.0.0.1:${closed}` }, 'hemlig-klientnyckel-som-inte-far-loggas');
    allowServerErrors();
    const response = await h.request('/api/auth/oidc/start', { method: 'POST', body: { organisation: DEMO_ORGANISATION.slug } });
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text).error.message).toBe(t('oidc.error.unavailable'));
    expect(text).not.toMatch(/stack|at .*\.ts|Error:/);
    const logged = h.logLines!.filter((line) => line.includes('OIDC discovery failed'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`127.0.0.1:${closed}`);
    expect(h.logLines!.join('\n')).not.toContain('hemlig-klientnyckel');
  });

  it('logs out: the session ends and is announced (its sockets close); with the setting on the browser goes on to the provider’s end_session_endpoint', async () => {
    await configure({ endSessionAtProvider: true });
    idp.accounts.set('eva', account('eva@exempelkommun.se'));
    const cookie = sessionCookieFrom((await signIn('eva')).response)!;
    const changes: AccessChange[] = [];
    h.events.onChanged(async (change) => void changes.push(change));
    const response = await h.request('/api/auth/logout', { method: 'POST', cookie });
    expect(response.status).toBe(200);
    const { endSessionUrl } = await json<{ endSessionUrl: string }>(response);
    const url = new URL(endSessionUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(url.searchParams.get('client_id')).toBe(idp.clientId);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost/logga-in');
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'session' }));
    expect((await h.request('/api/me', { cookie })).status).toBe(401);
    // The provider takes it (a confirmation page of its own).
    expect((await fetch(url)).status).toBe(200);

    // Setting off: only Samsyn's session ends.
    await configure({ endSessionAtProvider: false });
    const again = sessionCookieFrom((await signIn('eva')).response)!;
    expect((await h.request('/api/auth/logout', { method: 'POST', cookie: again })).status).toBe(204);
    // A password session never goes to the provider.
    await configure({ endSessionAtProvider: true });
    const password = await h.login('revisor@exempelkommun.se');
    expect((await h.request('/api/auth/logout', { method: 'POST', cookie: password })).status).toBe(204);
  });

  it('with the password form off, only admins may still sign in with a password', async () => {
    await configure({ passwordLogin: false });
    expect((await json<{ passwordLogin: boolean }>(await h.request('/api/auth/options'))).passwordLogin).toBe(false);
    const refused = await h.request('/api/auth/login', { method: 'POST', body: { email: 'politiker@exempelkommun.se', password: 'samsyn-demo' } });
    expect(refused.status).toBe(403);
    expect((await messageOf(refused)).message).toBe(t('oidc.error.passwordLoginOff', { organisation: 'Exempelkommun' }));
    expect(sessionCookieFrom(refused)).toBeNull();
    // An admin still may: a provider that is down never locks the kommun out of its own settings.
    await h.login('admin@exempelkommun.se');
  });

  it('takes the provider from the environment in a one-organisation install: shown to the admin, not changeable there, and signs in', async () => {
    h.oidc = {
      secretKey: undefined,
      publicUrl: undefined,
      environment: {
        organisationSlug: DEMO_ORGANISATION.slug,
        clientSecret: idp.clientSecret,
        settings: { ...DEFAULT_OIDC_SETTINGS, enabled: true, issuer: idp.issuer, clientId: idp.clientId, defaultRole: 'commenter' },
      },
    };
    h.rebuildApp();
    try {
      const shown = await json<{ oidc: { fromEnvironment: boolean; secretSet: boolean } }>(await h.request('/api/admin/oidc', { cookie: admin }));
      expect(shown.oidc).toMatchObject({ fromEnvironment: true, secretSet: true });
      const change = await h.request('/api/admin/oidc', { method: 'PUT', cookie: admin, body: { settings: DEFAULT_OIDC_SETTINGS } });
      expect(change.status).toBe(409);
      expect((await messageOf(change)).message).toBe(t('oidc.error.fromEnvironment'));
      idp.accounts.set('fia', account('fia@exempelkommun.se'));
      const { response } = await signIn('fia');
      expect((await json<{ me: { role: string } }>(response)).me.role).toBe('commenter');
    } finally {
      h.oidc = { secretKey, publicUrl: undefined, environment: undefined };
    }
  });
});
