import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROLES } from '../shared/domain/roles';
import { auditLog, bodies, organisations, users } from '../server/db/schema';
import { DEMO_USERS } from '../server/demo/exempelkommun';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

const emailOf = (role: string) => DEMO_USERS.find((user) => user.role === role)!.email;
const json = async <T>(response: Response) => (await response.json()) as T;
type UserView = { id: string; email: string; role: string; active: boolean; bodyIds: string[] };

describe(`administration API on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let admin: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    admin = await h.login(emailOf('admin'));
  });
  afterAll(() => h.dispose());

  const userId = async (email: string) => (await h.db.select().from(users).where(eq(users.email, email)))[0]!.id;
  const bodyId = async (name: string) => (await h.db.select().from(bodies).where(eq(bodies.name, name)))[0]!.id;

  it('lets only admins reach every admin route: 401 without a session, 403 for every other role', async () => {
    const someone = await userId(emailOf('viewer'));
    const kf = await bodyId('Kommunfullmäktige');
    const routes: Array<[string, string, unknown?]> = [
      ['GET', '/api/admin/users'],
      ['POST', '/api/admin/users', { email: 'ny@exempelkommun.se', name: 'Ny', role: 'viewer' }],
      ['PATCH', `/api/admin/users/${someone}`, { role: 'commenter' }],
      ['POST', `/api/admin/users/${someone}/reset-password`],
      ['POST', `/api/admin/users/${someone}/lift-login-lock`],
      ['POST', '/api/admin/bodies', { name: 'Kulturnämnden', type: 'namnd', parentId: kf }],
      ['PATCH', `/api/admin/bodies/${kf}`, { name: 'KF' }],
      ['DELETE', `/api/admin/bodies/${kf}`],
      ['GET', '/api/admin/organisation'],
      ['PATCH', '/api/admin/organisation', { settings: { restrictEditingToBodyMembers: true } }],
    ];
    const cookies: Record<string, string> = Object.fromEntries(
      await Promise.all(ROLES.filter((role) => role !== 'admin').map(async (role) => [role, await h.login(emailOf(role))])),
    );
    for (const [method, path, body] of routes) {
      expect((await h.request(path, { method, body })).status, `${method} ${path} anonymous`).toBe(401);
      for (const [role, cookie] of Object.entries(cookies)) {
        expect((await h.request(path, { method, body, cookie })).status, `${method} ${path} as ${role}`).toBe(403);
      }
    }
    // Nothing changed.
    expect((await h.db.select().from(users).where(eq(users.email, 'ny@exempelkommun.se')))).toHaveLength(0);
  });

  it('creates a user with a generated password shown once, which then works for login', async () => {
    const sn = await bodyId('Socialnämnden');
    const response = await h.request('/api/admin/users', {
      method: 'POST',
      cookie: admin,
      body: { email: 'Ny.Ledamot@Exempelkommun.se', name: 'Ny Ledamot', role: 'politician', bodyIds: [sn] },
    });
    expect(response.status).toBe(201);
    const { user, password } = await json<{ user: UserView; password: string }>(response);
    expect(user).toMatchObject({ email: 'ny.ledamot@exempelkommun.se', role: 'politician', active: true, bodyIds: [sn] });
    expect(password).toMatch(/^[a-zA-Z2-9]{20}$/);

    const list = await json<{ users: UserView[] }>(await h.request('/api/admin/users', { cookie: admin }));
    expect(list.users).toHaveLength(DEMO_USERS.length + 1);
    expect(JSON.stringify(list)).not.toMatch(/password/i);

    const cookie = await h.login('ny.ledamot@exempelkommun.se', password);
    expect(await json(await h.request('/api/me', { cookie }))).toMatchObject({ role: 'politician', bodies: [{ id: sn, name: 'Socialnämnden' }] });
  });

  it('makes a member whose password an admin chose or reset choose their own before anything else', async () => {
    const created = await json<{ user: UserView; password: string }>(
      await h.request('/api/admin/users', { method: 'POST', cookie: admin, body: { email: 'ny@exempelkommun.se', name: 'Ny Tjänsteperson', role: 'official' } }),
    );
    const cookie = await h.login('ny@exempelkommun.se', created.password);
    expect(await json(await h.request('/api/me', { cookie }))).toMatchObject({ user: { passwordChangeRequired: true } });
    for (const [method, path] of [['GET', '/api/documents'], ['GET', '/api/workshops'], ['GET', '/api/mentions'], ['POST', '/api/documents']] as const) {
      const refused = await h.request(path, { method, cookie, ...(method === 'POST' && { body: { type: 'mal', title: 'Försök', bodyId: null } }) });
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'password_change_required', message: 'Välj ett eget lösenord innan du fortsätter.' } });
    }
    // A live connection is refused too, before it is upgraded.
    expect((await h.request('/yjs/document:00000000-0000-4000-8000-000000000000', { cookie, headers: { upgrade: 'websocket' } })).status).toBe(403);

    const changed = await h.request('/api/me/password', { method: 'POST', cookie, body: { currentPassword: created.password, newPassword: 'ett eget långt lösenord' } });
    expect(changed.status).toBe(204);
    const fresh = await h.login('ny@exempelkommun.se', 'ett eget långt lösenord');
    expect(await json(await h.request('/api/me', { cookie: fresh }))).toMatchObject({ user: { passwordChangeRequired: false } });
    expect((await h.request('/api/documents', { cookie: fresh })).status).toBe(200);

    // A reset by an admin asks for a new choice again; the demo accounts, whose password is public, never do.
    await h.request(`/api/admin/users/${created.user.id}/reset-password`, { method: 'POST', cookie: admin });
    expect((await h.db.select().from(users).where(eq(users.id, created.user.id)))[0]!.passwordChangeRequired).toBe(true);
    expect(await json(await h.request('/api/me', { cookie: admin }))).toMatchObject({ user: { passwordChangeRequired: false } });
  });

  it('refuses a duplicate email (409), a short password and a bad email (400)', async () => {
    const duplicate = await h.request('/api/admin/users', { method: 'POST', cookie: admin, body: { email: 'REVISOR@exempelkommun.se', name: 'X', role: 'viewer' } });
    expect(duplicate.status).toBe(409);
    expect((await json<{ error: { message: string } }>(duplicate)).error.message).toBe('Det finns redan en användare med den e-postadressen.');
    const short = await h.request('/api/admin/users', { method: 'POST', cookie: admin, body: { email: 'a@exempelkommun.se', name: 'A', role: 'viewer', password: 'kort' } });
    expect(short.status).toBe(400);
    const badEmail = await h.request('/api/admin/users', { method: 'POST', cookie: admin, body: { email: 'inte-en-adress', name: 'A', role: 'viewer' } });
    expect(badEmail.status).toBe(400);
    expect((await json<{ error: { message: string } }>(badEmail)).error.message).toBe('Kontrollera uppgifterna: E-postadress.');
  });

  it('changes a role with effect on the user\'s existing session, and audits it', async () => {
    const opposition = await h.login(emailOf('commenter'));
    const id = await userId(emailOf('commenter'));
    const response = await h.request(`/api/admin/users/${id}`, { method: 'PATCH', cookie: admin, body: { role: 'politician' } });
    expect(await json(response)).toMatchObject({ user: { role: 'politician' } });
    expect(await json(await h.request('/api/me', { cookie: opposition }))).toMatchObject({ role: 'politician', permissions: ['document.create'] });
    const [row] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'user.role_changed'));
    expect(row).toMatchObject({ targetId: id, details: { from: 'commenter', to: 'politician' } });
  });

  it('keeps at least one active admin, even when two admins demote each other at once', async () => {
    const self = await userId(emailOf('admin'));
    const demote = await h.request(`/api/admin/users/${self}`, { method: 'PATCH', cookie: admin, body: { role: 'viewer' } });
    expect(demote.status).toBe(409);
    expect((await json<{ error: { message: string } }>(demote)).error.message).toBe('Organisationen måste ha minst en aktiv administratör.');

    const other = await userId(emailOf('facilitator'));
    await h.request(`/api/admin/users/${other}`, { method: 'PATCH', cookie: admin, body: { role: 'admin' } });
    const otherAdmin = await h.login(emailOf('facilitator'));
    const results = await Promise.all([
      h.request(`/api/admin/users/${other}`, { method: 'PATCH', cookie: admin, body: { role: 'viewer' } }),
      h.request(`/api/admin/users/${self}`, { method: 'PATCH', cookie: otherAdmin, body: { role: 'viewer' } }),
    ]);
    expect(results.map((response) => response.status).sort()).toEqual([200, 409]);
  });

  it('refuses self-deactivation and a self-reset of the password through the admin API', async () => {
    const self = await userId(emailOf('admin'));
    const deactivate = await h.request(`/api/admin/users/${self}`, { method: 'PATCH', cookie: admin, body: { active: false } });
    expect(deactivate.status).toBe(400);
    expect((await json<{ error: { message: string } }>(deactivate)).error.message).toBe('Du kan inte inaktivera ditt eget konto.');
    expect((await h.request(`/api/admin/users/${self}/reset-password`, { method: 'POST', cookie: admin })).status).toBe(400);
    expect((await h.request('/api/me', { cookie: admin })).status).toBe(200);
  });

  it('changes nothing when one part of a user change is refused', async () => {
    const id = await userId(emailOf('viewer'));
    const response = await h.request(`/api/admin/users/${id}`, { method: 'PATCH', cookie: admin, body: { role: 'commenter', bodyIds: [crypto.randomUUID()] } });
    expect(response.status).toBe(400);
    const { users: list } = await json<{ users: UserView[] }>(await h.request('/api/admin/users', { cookie: admin }));
    expect(list.find((user) => user.id === id)?.role).toBe('viewer');
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, 'user.role_changed'))).toHaveLength(0);
  });

  it('deactivates and reactivates users, auditing both', async () => {
    const id = await userId(emailOf('viewer'));
    await h.request(`/api/admin/users/${id}`, { method: 'PATCH', cookie: admin, body: { active: false } });
    await h.request(`/api/admin/users/${id}`, { method: 'PATCH', cookie: admin, body: { active: true } });
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.targetId, id))).map((row) => row.action);
    expect(actions).toEqual(['user.deactivated', 'user.activated']);
    await h.login(emailOf('viewer'));
  });

  it('assigns bodies only from the own organisation', async () => {
    const id = await userId(emailOf('viewer'));
    const [other] = await h.db.insert(organisations).values({ name: 'Grannkommun', slug: 'grannkommun' }).returning();
    const [foreign] = await h.db.insert(bodies).values({ organisationId: other!.id, type: 'namnd', name: 'Främmande nämnd' }).returning();
    const response = await h.request(`/api/admin/users/${id}`, { method: 'PATCH', cookie: admin, body: { bodyIds: [foreign!.id] } });
    expect(response.status).toBe(400);
    const bun = await bodyId('Barn- och bildningsnämnden');
    const ok = await h.request(`/api/admin/users/${id}`, { method: 'PATCH', cookie: admin, body: { bodyIds: [bun] } });
    expect(await json(ok)).toMatchObject({ user: { bodyIds: [bun] } });
  });

  it('resets a password: shown once, old sessions end, the new password works', async () => {
    const session = await h.login(emailOf('official'));
    const id = await userId(emailOf('official'));
    const { password } = await json<{ password: string }>(await h.request(`/api/admin/users/${id}/reset-password`, { method: 'POST', cookie: admin }));
    expect((await h.request('/api/me', { cookie: session })).status).toBe(401);
    await expect(h.login(emailOf('official'))).rejects.toThrow(/401/);
    await h.login(emailOf('official'), password);
    expect(await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.password_reset'), eq(auditLog.targetId, id)))).toHaveLength(1);
  });

  it('answers 404 for an unknown or malformed user id', async () => {
    expect((await h.request(`/api/admin/users/${crypto.randomUUID()}`, { method: 'PATCH', cookie: admin, body: { role: 'viewer' } })).status).toBe(404);
    expect((await h.request('/api/admin/users/not-a-uuid/reset-password', { method: 'POST', cookie: admin })).status).toBe(404);
  });

  describe('the body tree', () => {
    it('is readable by every member, not by anonymous requests', async () => {
      expect((await h.request('/api/bodies')).status).toBe(401);
      const { bodies: tree } = await json<{ bodies: Array<{ name: string }> }>(await h.request('/api/bodies', { cookie: await h.login(emailOf('viewer')) }));
      expect(tree.map((body) => body.name)).toContain('Bygg- och miljönämnden');
    });

    it('adds, renames and moves bodies, refusing cycles', async () => {
      const kf = await bodyId('Kommunfullmäktige');
      const created = await h.request('/api/admin/bodies', { method: 'POST', cookie: admin, body: { name: 'Kultur- och fritidsnämnden', shortName: 'KFN', type: 'namnd', parentId: kf } });
      expect(created.status).toBe(201);
      const { body } = await json<{ body: { id: string } }>(created);
      const renamed = await h.request(`/api/admin/bodies/${body.id}`, { method: 'PATCH', cookie: admin, body: { name: 'Kulturnämnden' } });
      expect(await json(renamed)).toMatchObject({ body: { name: 'Kulturnämnden', parentId: kf } });
      const cycle = await h.request(`/api/admin/bodies/${kf}`, { method: 'PATCH', cookie: admin, body: { parentId: body.id } });
      expect(cycle.status).toBe(400);
      expect((await json<{ error: { message: string } }>(cycle)).error.message).toBe('Ett organ kan inte ligga under sig självt.');
      const self = await h.request(`/api/admin/bodies/${body.id}`, { method: 'PATCH', cookie: admin, body: { parentId: body.id } });
      expect(self.status).toBe(400);
    });

    it('deletes only unused bodies', async () => {
      const bun = await bodyId('Barn- och bildningsnämnden');
      expect((await h.request(`/api/admin/bodies/${bun}`, { method: 'DELETE', cookie: admin })).status).toBe(409);
      const bostader = await bodyId('Exempelkommuns Bostäder AB');
      expect((await h.request(`/api/admin/bodies/${bostader}`, { method: 'DELETE', cookie: admin })).status).toBe(204);
      expect(await h.db.select().from(bodies).where(eq(bodies.id, bostader))).toHaveLength(0);
    });
  });

  it('changes organisation settings, validated, and members see them', async () => {
    const bad = await h.request('/api/admin/organisation', { method: 'PATCH', cookie: admin, body: { settings: { lockRoles: [] } } });
    expect(bad.status).toBe(400);
    const response = await h.request('/api/admin/organisation', { method: 'PATCH', cookie: admin, body: { settings: { restrictEditingToBodyMembers: true } } });
    expect(await json(response)).toMatchObject({ organisation: { settings: { restrictEditingToBodyMembers: true, lockRoles: ['admin', 'facilitator'] } } });
    const me = await json(await h.request('/api/me', { cookie: await h.login(emailOf('politician')) }));
    expect(me).toMatchObject({ organisation: { settings: { restrictEditingToBodyMembers: true } } });
  });
});
