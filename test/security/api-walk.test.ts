import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../../server/db/database';
import { API_ROUTES } from '../../shared/api/routes';
import { AppHarness } from '../helpers/app-harness';
import { textAnchor } from '../helpers/comments';
import { driverUnderTest } from '../helpers/test-database';
import { joinAsGuest, json, newWorkshop } from '../helpers/workshops';
import { describeBody, HOSTILE_QUERY_VALUES, HOSTILE_RAW_BODIES, HOSTILE_SEGMENTS, mutations } from './hostile-input';

type Who = 'anonymous' | 'guest' | 'viewer' | 'official' | 'facilitator' | 'admin';
const EVERYONE: Who[] = ['anonymous', 'guest', 'viewer', 'official', 'facilitator', 'admin'];
const EMAILS: Record<Exclude<Who, 'anonymous' | 'guest'>, string> = {
  viewer: 'revisor@exempelkommun.se',
  official: 'tjansteperson@exempelkommun.se',
  facilitator: 'processledare@exempelkommun.se',
  admin: 'admin@exempelkommun.se',
};

interface Route {
  method: string;
  /** `:name` segments are filled with the ids made in beforeAll, and each one is also replaced by hostile segments. */
  path: string;
  /** The principals that get past the route's rights check: they get every hostile body and query. */
  reach: Who[];
  body?: unknown;
  query?: Record<string, string>;
}

const decision = { body: 'Kommunfullmäktige', date: '2027-01-10', paragraph: '§ 1', diarienummer: 'KS/2027:1' };
const oidcSettings = {
  enabled: false,
  issuer: 'https://127.0.0.1:9',
  clientId: 'samsyn',
  scopes: 'openid email profile',
  emailClaim: 'email',
  nameClaim: 'name',
  allowedDomains: ['exempelkommun.se'],
  provisioning: 'refuse',
  defaultRole: 'viewer',
  roleClaim: 'groups',
  roleMappings: [{ value: 'samsyn-admin', role: 'admin', bodyIds: [] }],
  passwordLogin: true,
  endSessionAtProvider: false,
};
const settings = { restrictEditingToBodyMembers: false, lockRoles: ['admin', 'facilitator'], commentsOnLockedDocuments: true, goalCountRule: { kind: 'perLevel', max: { kf: 5, namnd: 5, forvaltning: 5 } }, requireParentGoal: true, revisionRetentionDays: 30 };

// Every route of the API contract (shared/api/routes.ts; the last test holds this list to it). Routes that end the principal's session (logout, password change with
// the right password) are walked with bodies that cannot succeed; login goes last (its throttle counts).
const ROUTES: Route[] = [
  { method: 'GET', path: '/api/health', reach: EVERYONE },
  { method: 'GET', path: '/api/openapi.json', reach: EVERYONE },
  { method: 'GET', path: '/api/auth/options', reach: EVERYONE },
  { method: 'GET', path: '/api/me', reach: ['viewer', 'official'] },
  { method: 'POST', path: '/api/me/password', reach: ['official'], body: { currentPassword: 'fel-lösenord', newPassword: 'ett-nytt-lösenord-2027' } },
  { method: 'GET', path: '/api/bodies', reach: ['viewer'] },
  { method: 'POST', path: '/api/admin/bodies', reach: ['admin'], body: { name: 'Testnämnden', shortName: 'TN', type: 'namnd', parentId: ':parentBody', sortOrder: 3 } },
  { method: 'PATCH', path: '/api/admin/bodies/:body', reach: ['admin'], body: { name: 'Omdöpta nämnden', shortName: 'ON', type: 'namnd', parentId: ':parentBody', sortOrder: 4 } },
  { method: 'DELETE', path: '/api/admin/bodies/:parentBody', reach: ['admin'] },
  { method: 'GET', path: '/api/documents', reach: ['viewer', 'official'], query: { bodyId: ':body', type: 'mal', includeArchived: 'true' } },
  { method: 'POST', path: '/api/documents', reach: ['official'], body: { type: 'mal', title: 'Nytt mål', bodyId: ':body' } },
  { method: 'GET', path: '/api/documents/:doc', reach: ['viewer'] },
  { method: 'PATCH', path: '/api/documents/:doc', reach: ['official'], body: { title: 'Nytt namn', bodyId: ':body', archived: false } },
  { method: 'GET', path: '/api/goals', reach: ['viewer'], query: { level: 'namnd', bodyId: ':body', documentId: ':doc' } },
  { method: 'GET', path: '/api/goals/:goal', reach: ['viewer'] },
  { method: 'POST', path: '/api/follow-ups', reach: ['official'], body: { bodyId: ':body', period: '2027-delarsrapport' } },
  { method: 'GET', path: '/api/follow-ups/:followUp/summary', reach: ['viewer'] },
  { method: 'GET', path: '/api/documents/:lockedDoc/versions', reach: ['viewer'] },
  { method: 'GET', path: '/api/documents/:lockedDoc/versions/:version', reach: ['viewer'] },
  { method: 'GET', path: '/api/documents/:lockedDoc/versions/:version/export', reach: ['viewer'], query: { format: 'md', threads: 'open' } },
  { method: 'GET', path: '/api/documents/:lockedDoc/diff', reach: ['viewer'], query: { from: '1', to: 'draft' } },
  { method: 'POST', path: '/api/documents/:doc/versions', reach: ['facilitator'], body: { decision, note: 'Antagen' } },
  { method: 'POST', path: '/api/documents/:lockedDoc/reopen', reach: ['facilitator'] },
  { method: 'GET', path: '/api/documents/:doc/revisions', reach: ['viewer'] },
  { method: 'POST', path: '/api/documents/:doc/revisions/:revision/restore', reach: ['official'] },
  { method: 'GET', path: '/api/documents/:commentDoc/threads', reach: ['viewer'] },
  { method: 'POST', path: '/api/documents/:commentDoc/threads', reach: ['official'], body: { anchor: textAnchor(), body: 'En fråga', mentions: [':userId'] } },
  { method: 'POST', path: '/api/threads/:thread/comments', reach: ['official'], body: { body: 'Ett svar', mentions: [':userId'] } },
  { method: 'PATCH', path: '/api/comments/:comment', reach: ['official'], body: { body: 'Ändrad', mentions: [] } },
  { method: 'POST', path: '/api/threads/:thread/resolve', reach: ['official'] },
  { method: 'POST', path: '/api/threads/:thread/reopen', reach: ['official'] },
  { method: 'DELETE', path: '/api/comments/:comment', reach: ['official'] },
  { method: 'GET', path: '/api/members', reach: ['viewer'] },
  { method: 'GET', path: '/api/mentions', reach: ['viewer'] },
  { method: 'POST', path: '/api/mentions/:mention/read', reach: ['viewer'] },
  { method: 'GET', path: '/api/workshops', reach: ['viewer'] },
  { method: 'POST', path: '/api/workshops', reach: ['facilitator'], body: { type: 'omvarldsdag', title: 'Dag', date: '2027-02-01', groupNames: ['A', 'B'], layout: 'pestel', voteRules: { votesPerParticipant: 5, maxPerCard: 3 } } },
  { method: 'POST', path: '/api/workshops', reach: ['facilitator'], body: { type: 'omvarldsdag', title: 'Dag', date: '2027-02-01', groupCount: 2, phases: [{ id: 'p1', name: 'Fas', instruction: '', cardsOpen: true, votingOpen: false, anonymous: false }] } },
  { method: 'POST', path: '/api/workshops/join', reach: ['anonymous', 'viewer'], body: { code: ':code', name: 'Gäst' } },
  { method: 'GET', path: '/api/workshops/by-code/:code', reach: ['guest', 'viewer'] },
  { method: 'GET', path: '/api/workshops/:ws', reach: ['guest', 'viewer'] },
  { method: 'PATCH', path: '/api/workshops/:ws', reach: ['facilitator'], body: { title: 'Ny titel', date: '2027-01-20', groups: [{ id: ':group', name: 'Grupp A' }], voteRules: { votesPerParticipant: 5, maxPerCard: 3 } } },
  { method: 'GET', path: '/api/workshops/:ws/participants', reach: ['facilitator'] },
  { method: 'PUT', path: '/api/workshops/:ws/participants/:participant/group', reach: ['facilitator'], body: { groupId: ':group' } },
  { method: 'POST', path: '/api/workshops/:ws/control', reach: ['facilitator'], body: { phaseId: 'p1', timer: { endsAt: '2027-01-15T10:00:00+01:00' }, revealVotes: false, lockedGroupIds: [':group'], presentedGroupId: ':group', cardsHidden: false } },
  { method: 'GET', path: '/api/workshops/:ws/hidden-cards', reach: ['facilitator'] },
  { method: 'GET', path: '/api/workshops/:ws/votes/mine', reach: ['guest'] },
  { method: 'POST', path: '/api/workshops/:ws/votes', reach: ['guest'], body: { cardId: 'card-1' } },
  { method: 'DELETE', path: '/api/workshops/:ws/votes/:vote', reach: ['guest'] },
  { method: 'POST', path: '/api/workshops/:ws/compile', reach: ['facilitator'] },
  { method: 'GET', path: '/api/workshops/:ws/export.csv', reach: ['facilitator'] },
  { method: 'GET', path: '/api/admin/users', reach: ['admin'] },
  { method: 'POST', path: '/api/admin/users', reach: ['admin'], body: { email: 'ny@exempelkommun.se', name: 'Ny Person', role: 'viewer', password: 'ett-långt-lösenord-1', bodyIds: [':body'] } },
  { method: 'PATCH', path: '/api/admin/users/:user', reach: ['admin'], body: { name: 'Nytt Namn', role: 'commenter', active: true, bodyIds: [':body'] } },
  { method: 'POST', path: '/api/admin/users/:user/reset-password', reach: ['admin'] },
  { method: 'POST', path: '/api/admin/users/:user/lift-login-lock', reach: ['admin'] },
  { method: 'GET', path: '/api/admin/organisation', reach: ['admin'] },
  { method: 'PATCH', path: '/api/admin/organisation', reach: ['admin'], body: { settings } },
  { method: 'GET', path: '/api/admin/metrics', reach: ['admin'] },
  { method: 'GET', path: '/api/admin/oidc', reach: ['admin'] },
  // A provider on the discard port of this machine: whatever a mutation turns on, nothing leaves it.
  { method: 'PUT', path: '/api/admin/oidc', reach: ['admin'], body: { settings: oidcSettings } },
  { method: 'POST', path: '/api/auth/oidc/start', reach: EVERYONE, body: { organisation: 'exempelkommun', next: '/mal' } },
  { method: 'POST', path: '/api/auth/oidc/callback', reach: EVERYONE, body: { query: 'code=abc&state=def&iss=https%3A%2F%2F127.0.0.1%3A9' } },
  { method: 'POST', path: '/api/auth/logout', reach: ['anonymous'] },
  { method: 'POST', path: '/api/auth/login', reach: ['anonymous'], body: { email: 'ingen@exempelkommun.se', password: 'fel-lösenord' } },
];

describe(`every API route with hostile input, for each principal that reaches it, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  const cookies: Partial<Record<Who, string>> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await AppHarness.create();
    await h.reset();
    for (const [who, email] of Object.entries(EMAILS)) cookies[who as Who] = await h.login(email);
    const as = async <T>(who: Who, method: string, path: string, body?: unknown) => json<T>(await h.request(path, { method, body, cookie: cookies[who] }));
    const { bodies } = await as<{ bodies: { id: string; name: string }[] }>('admin', 'GET', '/api/bodies');
    ids.body = bodies.find((body) => body.name === 'Barn- och bildningsnämnden')!.id;
    ids.parentBody = (await as<{ body: { id: string } }>('admin', 'POST', '/api/admin/bodies', { name: 'Tom förvaltning', type: 'forvaltning' })).body.id;
    const newDocument = async (title: string) => (await as<{ document: { id: string } }>('official', 'POST', '/api/documents', { type: 'mal', title, bodyId: ids.body })).document.id;
    ids.doc = await newDocument('Fuzzat mål');
    ids.commentDoc = await newDocument('Kommenterat mål');
    ids.lockedDoc = await newDocument('Fastställt mål');
    ids.version = String((await as<{ version: { number: number } }>('facilitator', 'POST', `/api/documents/${ids.lockedDoc}/versions`, { decision })).version.number);
    ids.revision = '6f1c1d2e-0000-4000-8000-000000000001';
    ids.goal = (await as<{ goals: { id: string }[] }>('official', 'GET', `/api/goals?documentId=${ids.doc}`)).goals[0]!.id;
    ids.followUp = (await as<{ documentId: string }>('official', 'POST', '/api/follow-ups', { bodyId: ids.body, period: '2028-arsredovisning' })).documentId;
    const { thread } = await as<{ thread: { id: string; comments: { id: string }[] } }>('official', 'POST', `/api/documents/${ids.commentDoc}/threads`, {
      anchor: textAnchor(),
      body: 'Hej @revisor',
      mentions: [],
    });
    ids.thread = thread.id;
    ids.comment = thread.comments[0]!.id;
    ids.mention = '6f1c1d2e-0000-4000-8000-000000000002';
    const users = (await as<{ users: { id: string; email: string }[] }>('admin', 'GET', '/api/admin/users')).users;
    ids.user = users.find((user) => user.email === 'opposition@exempelkommun.se')!.id;
    ids.userId = users.find((user) => user.email === 'revisor@exempelkommun.se')!.id;
    const workshop = await newWorkshop(h, cookies.facilitator!);
    ids.ws = workshop.id;
    ids.code = workshop.joinCode!;
    ids.group = workshop.groups[0]!.id;
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gästen');
    cookies.guest = guest.cookie;
    ids.participant = guest.participant.participantId;
    ids.vote = '6f1c1d2e-0000-4000-8000-000000000003';
  });
  afterAll(() => h.dispose());

  it('walks every route of the API contract', () => {
    const shape = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:\w+/g, ':param')}`;
    const walked = new Set(ROUTES.map((route) => shape(route.method, route.path)));
    expect(Object.values(API_ROUTES).map((route) => shape(route.method, `/api${route.path}`)).filter((route) => !walked.has(route))).toEqual([]);
  });

  /** Row counts of every table, except those a refused attempt is meant to write (login and join throttles). */
  async function fingerprint(): Promise<string> {
    const tables = resultRows<{ name: string }>(await h.db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`))
      .map((row) => row.name)
      .filter((name) => !['login_failures', 'join_failures', '__drizzle_migrations'].includes(name));
    const counts = tables.map((name) => (name === 'audit_log' ? `(select count(*) from audit_log where action <> 'auth.login_failed')` : `(select count(*) from "${name}")`));
    return JSON.stringify(resultRows(await h.db.execute(sql.raw(`select ${counts.join(', ')}`))));
  }

  const fill = (text: string) => text.replace(/:(\w+)/g, (whole, name: string) => ids[name] ?? whole);
  const fillJson = (value: unknown): unknown => JSON.parse(fill(JSON.stringify(value)));

  it.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))('%s answers no hostile input with 5xx', async (_name, route) => {
    const failures: string[] = [];
    const send = async (who: Who, path: string, body: string | undefined, label: string) => {
      const write = route.method !== 'GET';
      const before = write ? await fingerprint() : '';
      const headers: Record<string, string> = { origin: 'http://localhost', 'x-forwarded-for': '203.0.113.9' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (cookies[who]) headers.cookie = cookies[who]!;
      const response = await h.app.request(`http://localhost${path}`, { method: route.method, headers, body });
      const text = await response.text();
      const what = `${who} ${route.method} ${path.slice(0, 120)} ${label}`;
      if (response.status >= 500) failures.push(`${what} → ${response.status} ${text.slice(0, 200)}`);
      if (response.status >= 400) {
        let message: unknown;
        try {
          message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
        } catch {
          message = undefined;
        }
        if (typeof message !== 'string' || message.length === 0) failures.push(`${what} → ${response.status} without a message: ${text.slice(0, 120)}`);
        if (write && (await fingerprint()) !== before) failures.push(`${what} → ${response.status} but the database changed`);
      }
    };
    const basePath = fill(route.path);
    const query = route.query ? new URLSearchParams(Object.entries(route.query).map(([key, value]) => [key, fill(value)])).toString() : '';
    const withQuery = (path: string, q = query) => (q ? `${path}?${q}` : path);
    const baseBody = route.body === undefined ? undefined : JSON.stringify(fillJson(route.body));

    for (const who of EVERYONE) {
      // Every principal: the route as a client would call it, and with each path segment made hostile.
      await send(who, withQuery(basePath), baseBody, 'as called');
      const segments = route.path.split('/');
      for (const [index, segment] of segments.entries()) {
        if (!segment.startsWith(':')) continue;
        for (const hostile of HOSTILE_SEGMENTS) {
          const path = segments.map((part, i) => (i === index ? hostile : fill(part))).join('/');
          await send(who, withQuery(path), baseBody, `(${segment} = ${hostile.slice(0, 30)})`);
        }
      }
      if (!route.reach.includes(who)) continue;
      // Those who get past the rights check: every hostile query value and body.
      for (const key of Object.keys(route.query ?? {})) {
        for (const hostile of HOSTILE_QUERY_VALUES) {
          const q = new URLSearchParams(Object.entries(route.query!).map(([k, v]) => [k, fill(v)]));
          q.delete(key);
          await send(who, withQuery(basePath, `${q.toString()}&${key}=${hostile}`), baseBody, `(?${key}=${hostile.slice(0, 30)})`);
        }
        await send(who, withQuery(basePath, `${query}&${key}=x`), baseBody, `(?${key} twice)`);
      }
      if (route.method === 'GET' || route.method === 'DELETE') continue;
      for (const raw of HOSTILE_RAW_BODIES) await send(who, basePath, raw, `body ${raw.slice(0, 40)}`);
      if (route.body === undefined) continue;
      for (const { where, body } of mutations(fillJson(route.body))) await send(who, basePath, JSON.stringify(body), `${where}: ${describeBody(body)}`);
    }
    expect(failures).toEqual([]);
  });
});
