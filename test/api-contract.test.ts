import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as users from '../shared/api/admin-users';
import { getMetrics } from '../shared/api/admin-metrics';
import * as organisation from '../shared/api/admin-organisation';
import { login } from '../shared/api/auth';
import * as bodies from '../shared/api/bodies';
import * as comments from '../shared/api/comments';
import type { RouteContract } from '../shared/api/contract';
import * as documents from '../shared/api/documents';
import { getHealth } from '../shared/api/health';
import { getMe } from '../shared/api/me';
import { openApiPath } from '../shared/api/openapi-document';
import { listRevisions } from '../shared/api/revisions';
import { API_ROUTES } from '../shared/api/routes';
import { diffVersions } from '../shared/api/version-diff';
import * as versions from '../shared/api/versions';
import { compileWorkshop } from '../shared/api/workshop-exports';
import * as workshops from '../shared/api/workshops';
import { DEMO_PASSWORD } from '../server/demo/exempelkommun';
import { AppHarness } from './helpers/app-harness';
import { textAnchor } from './helpers/comments';
import { driverUnderTest } from './helpers/test-database';
import { joinAsGuest, newWorkshop } from './helpers/workshops';

const decision = { body: 'Kommunfullmäktige', date: '2027-01-10', paragraph: '§ 1', diarienummer: 'KS/2027:1' };
const CONTRACTS = Object.values(API_ROUTES);
const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

describe(`the API contract (shared/api) against the running app, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let admin: string;
  let facilitator: string;
  let official: string;

  beforeAll(async () => {
    h = await AppHarness.create();
    await h.reset();
    admin = await h.login('admin@exempelkommun.se');
    facilitator = await h.login('processledare@exempelkommun.se');
    official = await h.login('tjansteperson@exempelkommun.se');
  });
  afterAll(() => h.dispose());

  /** Calls the app and holds the answer to the status and JSON schema the contract declares for it. */
  async function expectContract(contract: RouteContract, status: number, path: string, options: { cookie?: string; body?: unknown } = {}): Promise<unknown> {
    const response = await h.request(`/api${path}`, { method: contract.method.toUpperCase(), ...options });
    const text = await response.text();
    expect(response.status, `${contract.method} ${path}: ${text.slice(0, 300)}`).toBe(status);
    const schema = contract.responses[status] as z.ZodType;
    const body: unknown = JSON.parse(text);
    const parsed = schema.safeParse(body);
    expect(parsed.error?.issues ?? [], `${contract.method} ${path}`).toEqual([]);
    // Nothing is sent that the contract does not name (parsing drops unnamed fields).
    expect(parsed.data, `${contract.method} ${path} sends fields its contract does not name`).toEqual(body);
    return body;
  }

  it('serves an OpenAPI 3.1 document with every route the app has, without a login', async () => {
    const response = await h.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; parameters: Array<{ name: string; in: string }> }>> };
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toMatch(/^\d+\.\d+\.\d+/);

    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => routeKey(method, path)));
    const served = h.app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
      .map((route) => routeKey(route.method, openApiPath(route.path.slice('/api'.length))));
    expect(new Set(served).size).toBe(served.length);
    expect([...documented].sort()).toEqual([...served].sort());

    for (const [path, operations] of Object.entries(document.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(operations)) {
        expect(operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)).toEqual(names);
        expect(Object.keys(operation.responses)).toContain('default');
        expect(Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status))).toBe(true);
      }
    }
    const operationIds = Object.values(document.paths).flatMap((operations) => Object.values(operations).map((operation) => operation.operationId));
    expect(new Set(operationIds).size).toBe(CONTRACTS.length);
  });

  it('answers members, documents, versions, revisions and comments in the shapes it declares', async () => {

    await expectContract(getHealth, 200, '/health');
    await expectContract(login, 200, '/auth/login', { body: { email: 'revisor@exempelkommun.se', password: DEMO_PASSWORD } });
    await expectContract(getMe, 200, '/me', { cookie: official });
    const { bodies: list } = (await expectContract(bodies.listBodies, 200, '/bodies', { cookie: official })) as { bodies: Array<{ id: string }> };
    await expectContract(bodies.createBody, 201, '/admin/bodies', { cookie: admin, body: { name: 'Kontraktsnämnden', type: 'namnd', shortName: '' } });
    await expectContract(documents.listDocuments, 200, '/documents', { cookie: official });
    const { document } = (await expectContract(documents.createDocument, 201, '/documents', { cookie: official, body: { type: 'mal', title: 'Kontrakterat mål', bodyId: list[0]!.id } })) as { document: { id: string } };
    await expectContract(documents.getDocument, 200, `/documents/${document.id}`, { cookie: official });
    await expectContract(versions.lockDocument, 201, `/documents/${document.id}/versions`, { cookie: facilitator, body: { decision, note: 'Antagen' } });
    await expectContract(versions.listVersions, 200, `/documents/${document.id}/versions`, { cookie: official });
    await expectContract(versions.getVersion, 200, `/documents/${document.id}/versions/1`, { cookie: official });
    await expectContract(diffVersions, 200, `/documents/${document.id}/diff?from=1&to=draft`, { cookie: official });
    await expectContract(listRevisions, 200, `/documents/${document.id}/revisions`, { cookie: official });
    const { thread } = (await expectContract(comments.createThread, 201, `/documents/${document.id}/threads`, { cookie: official, body: { anchor: textAnchor(), body: 'En fråga' } })) as { thread: { id: string } };
    await expectContract(comments.replyToThread, 201, `/threads/${thread.id}/comments`, { cookie: official, body: { body: 'Ett svar' } });
    await expectContract(comments.resolveThread, 200, `/threads/${thread.id}/resolve`, { cookie: official });
    await expectContract(comments.listThreads, 200, `/documents/${document.id}/threads`, { cookie: official });
    await expectContract(comments.listMembers, 200, '/members', { cookie: official });
    await expectContract(comments.listMentions, 200, '/mentions', { cookie: official });
    await expectContract(users.listUsers, 200, '/admin/users', { cookie: admin });
    await expectContract(users.createUser, 201, '/admin/users', { cookie: admin, body: { email: 'kontrakt@exempelkommun.se', name: 'Kontrakt', role: 'viewer' } });
    await expectContract(organisation.getOrganisation, 200, '/admin/organisation', { cookie: admin });
    await expectContract(getMetrics, 200, '/admin/metrics', { cookie: admin });
  });

  it('answers workshops, guests, control and votes in the shapes it declares', async () => {
    const created = await newWorkshop(h, facilitator);
    await expectContract(workshops.listWorkshops, 200, '/workshops', { cookie: facilitator });
    await expectContract(workshops.getWorkshop, 200, `/workshops/${created.id}`, { cookie: facilitator });
    const guest = await joinAsGuest(h, created.joinCode!, 'Gästen');
    await expectContract(workshops.getWorkshopByCode, 200, `/workshops/by-code/${created.joinCode}`, { cookie: guest.cookie });
    await expectContract(workshops.joinWorkshop, 200, '/workshops/join', { cookie: official, body: { code: created.joinCode } });
    await expectContract(workshops.listParticipants, 200, `/workshops/${created.id}/participants`, { cookie: facilitator });
    await expectContract(workshops.setControl, 200, `/workshops/${created.id}/control`, { cookie: facilitator, body: { phaseId: 'rostning', revealVotes: true, timer: { endsAt: '2027-01-15T10:00:00+01:00' } } });
    await expectContract(workshops.getHiddenCardCounts, 200, `/workshops/${created.id}/hidden-cards`, { cookie: facilitator });
    await expectContract(workshops.getMyVotes, 200, `/workshops/${created.id}/votes/mine`, { cookie: guest.cookie });
    await expectContract(compileWorkshop, 201, `/workshops/${created.id}/compile`, { cookie: facilitator });
  });
});
