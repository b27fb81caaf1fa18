import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, bodies, workshops } from '../server/db/schema';
import type { WorkshopView } from '../shared/api/workshops';
import { JOIN_FAILURE_LIMIT, JOIN_WINDOW_MS } from '../server/workshops/join-throttle';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';
import { json, newWorkshop, type Joined, type Problem } from './helpers/workshops';

type Listed = { workshops: WorkshopView[] };

describe(`workshops over HTTP on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let politician: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
  });
  afterAll(() => h.dispose());

  it('lists the demo kommun\'s planned omvärldsdag, with the join code for facilitators only', async () => {
    const asPolitician = await json<Listed>(await h.request('/api/workshops', { cookie: politician }));
    expect(asPolitician.workshops).toHaveLength(1);
    const [demo] = asPolitician.workshops;
    expect(demo).toMatchObject({ type: 'omvarldsdag', date: `${new Date().getUTCFullYear() + 1}-01-21`, compilesTo: 'omvarldsanalys', me: null });
    expect(demo!.groups.map((group) => group.name)).toEqual(['Bord 1', 'Bord 2', 'Bord 3', 'Bord 4', 'Bord 5', 'Bord 6']);
    expect(demo!.joinCode).toBeUndefined();
    expect(demo!.permissions).toEqual(['workshop.view', 'workshop.join']);
    const asFacilitator = await json<Listed>(await h.request('/api/workshops', { cookie: facilitator }));
    expect(asFacilitator.workshops[0]!.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect((await h.request('/api/workshops')).status).toBe(401);
  });

  it('creates a workshop from its type\'s defaults, audited; only facilitators may', async () => {
    const created = await newWorkshop(h, facilitator, { groupCount: 4 });
    expect(created.groups.map((group) => group.name)).toEqual(['Grupp 1', 'Grupp 2', 'Grupp 3', 'Grupp 4']);
    expect(created.layout.columns.map((column) => column.id)).toEqual(['politiska', 'ekonomiska', 'sociala', 'teknologiska', 'miljo', 'legala']);
    expect(created.phases.map((phase) => phase.id)).toEqual(['inledning', 'grupparbete', 'gruppering', 'rostning', 'sammanstallning']);
    expect(created.voteRules).toEqual({ votesPerParticipant: 5, maxPerCard: 3 });
    expect(created.control).toEqual({ phaseId: null, timerEndsAt: null, votesRevealed: false, lockedGroups: [], presentedGroupId: null, anonymous: false, cardsHidden: false });
    const [row] = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'workshop.created'), eq(auditLog.targetId, created.id)));
    expect(row?.details).toMatchObject({ type: 'omvarldsdag', groups: 4 });

    const forbidden = await h.request('/api/workshops', { method: 'POST', cookie: politician, body: { type: 'egen', title: 'X', date: '2027-01-15', groupCount: 1 } });
    expect(forbidden.status).toBe(403);
    const bad = await h.request('/api/workshops', { method: 'POST', cookie: facilitator, body: { type: 'egen', title: 'X', date: '15/1', groupCount: 1 } });
    expect(bad.status).toBe(400);
    const both = await h.request('/api/workshops', { method: 'POST', cookie: facilitator, body: { type: 'egen', title: 'X', date: '2027-01-15', groupCount: 1, groupNames: ['A'] } });
    expect(both.status).toBe(400);
  });

  it('gives a budgetdag one column per nämnd, and takes a chosen layout, named groups, phases and vote rules', async () => {
    const budget = await newWorkshop(h, facilitator, { type: 'budgetdag', title: 'Budgetdag', groupCount: undefined, groupNames: ['KS', 'BUN'] });
    const namnder = await h.db.select().from(bodies).where(and(eq(bodies.organisationId, h.organisationId), eq(bodies.type, 'namnd')));
    expect(budget.layout.columns.map((column) => column.name).sort()).toEqual(namnder.map((body) => body.name).sort());
    expect(budget.compilesTo).toBe('budgetunderlag');
    expect(budget.groups.map((group) => group.name)).toEqual(['KS', 'BUN']);

    const phases = [{ id: 'a', name: 'Skriv', instruction: 'Skriv kort', cardsOpen: true, votingOpen: false }, { id: 'b', name: 'Rösta', instruction: '', cardsOpen: false, votingOpen: true }];
    const vagval = await newWorkshop(h, facilitator, { layout: 'vagval', phases, voteRules: { votesPerParticipant: 3, maxPerCard: 1 } });
    expect(vagval.layout.columns).toHaveLength(5);
    // Sent without `anonymous` (an older client): the phases are not anonymous.
    expect(vagval.phases).toEqual(phases.map((phase) => ({ ...phase, anonymous: false })));
    expect(vagval.voteRules).toEqual({ votesPerParticipant: 3, maxPerCard: 1 });
    const tooMany = await h.request('/api/workshops', { method: 'POST', cookie: facilitator, body: { type: 'egen', title: 'X', date: '2027-01-15', groupCount: 1, voteRules: { votesPerParticipant: 2, maxPerCard: 3 } } });
    expect(tooMany.status).toBe(400);
  });

  it('lets facilitators change title, date, group names, phases and vote rules', async () => {
    const created = await newWorkshop(h, facilitator);
    await h.request(`/api/workshops/${created.id}/control`, { method: 'POST', cookie: facilitator, body: { phaseId: 'grupparbete' } });
    const changes = {
      title: 'Omvärldsdag i Folkets hus',
      date: '2027-01-16',
      groups: [{ id: created.groups[0]!.id, name: 'Bord A' }],
      phases: [{ id: 'egen', name: 'Egen', instruction: '', cardsOpen: true, votingOpen: true }],
      voteRules: { votesPerParticipant: 7, maxPerCard: 2 },
    };
    const response = await h.request(`/api/workshops/${created.id}`, { method: 'PATCH', cookie: facilitator, body: changes });
    expect(response.status).toBe(200);
    const { workshop } = await json<{ workshop: WorkshopView }>(response);
    expect(workshop).toMatchObject({ title: changes.title, date: changes.date, phases: changes.phases, voteRules: changes.voteRules });
    expect(workshop.groups[0]!.name).toBe('Bord A');
    expect(workshop.control.phaseId).toBeNull(); // the current phase is gone: cleared
    expect((await h.request(`/api/workshops/${created.id}`, { method: 'PATCH', cookie: politician, body: { title: 'Min' } })).status).toBe(403);
    const foreignGroup = await h.request(`/api/workshops/${created.id}`, { method: 'PATCH', cookie: facilitator, body: { groups: [{ id: crypto.randomUUID(), name: 'X' }] } });
    expect(foreignGroup.status).toBe(422);
  });

  it('lets a member join by code once, seated at the emptiest group; viewers may not join', async () => {
    const created = await newWorkshop(h, facilitator);
    const typed = `${created.joinCode!.slice(0, 4).toLowerCase()}-${created.joinCode!.slice(4)}`;
    const first = await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: typed } });
    expect(first.status).toBe(200);
    const joined = await json<Joined>(first);
    expect(joined.workshop.id).toBe(created.id);
    expect(joined.participant).toMatchObject({ name: 'Lars Nilsson', guest: false, groupId: created.groups[0]!.id });
    expect(joined.workshop.me?.participantId).toBe(joined.participant.participantId);
    const again = await json<Joined>(await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: created.joinCode } }));
    expect(again.participant.participantId).toBe(joined.participant.participantId);

    h.clock.advance(1000);
    const official = await h.login('tjansteperson@exempelkommun.se');
    const second = await json<Joined>(await h.request('/api/workshops/join', { method: 'POST', cookie: official, body: { code: created.joinCode } }));
    expect(second.participant.groupId).toBe(created.groups[1]!.id);

    const viewer = await h.login('revisor@exempelkommun.se');
    expect((await h.request('/api/workshops/join', { method: 'POST', cookie: viewer, body: { code: created.joinCode } })).status).toBe(403);

    const list = await h.request(`/api/workshops/${created.id}/participants`, { cookie: facilitator });
    expect((await json<{ participants: Array<{ name: string }> }>(list)).participants.map((p) => p.name)).toEqual(['Lars Nilsson', 'Sara Holm']);
    expect((await h.request(`/api/workshops/${created.id}/participants`, { cookie: politician })).status).toBe(403);
  });

  it('lets the facilitator move a participant between groups, audited', async () => {
    const created = await newWorkshop(h, facilitator);
    const joined = await json<Joined>(await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: created.joinCode } }));
    const path = `/api/workshops/${created.id}/participants/${joined.participant.participantId}/group`;
    const target = created.groups[2]!.id;
    const moved = await h.request(path, { method: 'PUT', cookie: facilitator, body: { groupId: target } });
    expect(moved.status).toBe(200);
    expect((await json<{ participant: { groupId: string } }>(moved)).participant.groupId).toBe(target);
    const [row] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'workshop.participant_moved'));
    expect(row?.details).toEqual({ workshopId: created.id, fromGroupId: created.groups[0]!.id, toGroupId: target });

    expect((await h.request(path, { method: 'PUT', cookie: politician, body: { groupId: target } })).status).toBe(403);
    expect((await h.request(path, { method: 'PUT', cookie: facilitator, body: { groupId: crypto.randomUUID() } })).status).toBe(422);
    const other = await newWorkshop(h, facilitator);
    expect((await h.request(`/api/workshops/${other.id}/participants/${joined.participant.participantId}/group`, { method: 'PUT', cookie: facilitator, body: { groupId: other.groups[0]!.id } })).status).toBe(404);
  });

  it('lets facilitators set phase, timer, reveal and locks; participants may not', async () => {
    const created = await newWorkshop(h, facilitator);
    const body = { phaseId: 'rostning', timer: { endsAt: '2027-01-15T09:10:00.000Z' }, lockedGroupIds: [created.groups[1]!.id] };
    const response = await h.request(`/api/workshops/${created.id}/control`, { method: 'POST', cookie: facilitator, body });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ control: { phaseId: 'rostning', timerEndsAt: '2027-01-15T09:10:00.000Z', votesRevealed: false, lockedGroups: [created.groups[1]!.id], tallies: null, presentedGroupId: null, anonymous: false, cardsHidden: false } });
    const back = await json<{ control: { phaseId: string; timerEndsAt: null } }>(await h.request(`/api/workshops/${created.id}/control`, { method: 'POST', cookie: facilitator, body: { phaseId: 'gruppering', timer: null } }));
    expect(back.control).toMatchObject({ phaseId: 'gruppering', timerEndsAt: null });
    expect((await h.request(`/api/workshops/${created.id}/control`, { method: 'POST', cookie: facilitator, body: { phaseId: 'okand' } })).status).toBe(422);
    await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: created.joinCode } });
    expect((await h.request(`/api/workshops/${created.id}/control`, { method: 'POST', cookie: politician, body: { phaseId: 'rostning' } })).status).toBe(403);
    // Each change the facilitator made is in the audit log, in order; the refused ones are not.
    const rows = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'workshop.controlled'), eq(auditLog.targetId, created.id))).orderBy(asc(auditLog.id));
    expect(rows.map((row) => row.details)).toEqual([body, { phaseId: 'gruppering', timer: null }]);
    expect(rows.every((row) => row.actorUserId !== null)).toBe(true);
  });

  it('lets facilitators choose the group the presenter view shows, or the plenary (null); only a group of this workshop', async () => {
    const created = await newWorkshop(h, facilitator);
    const control = (body: unknown) => h.request(`/api/workshops/${created.id}/control`, { method: 'POST', cookie: facilitator, body });
    const chosen = created.groups[1]!.id;
    const response = await control({ presentedGroupId: chosen });
    expect(response.status).toBe(200);
    expect((await json<{ control: { presentedGroupId: string | null } }>(response)).control.presentedGroupId).toBe(chosen);
    // Other changes leave the choice alone, and the stored workshop says the same.
    await control({ phaseId: 'grupparbete' });
    const stored = await json<{ workshop: WorkshopView }>(await h.request(`/api/workshops/${created.id}`, { cookie: facilitator }));
    expect(stored.workshop.control).toMatchObject({ phaseId: 'grupparbete', presentedGroupId: chosen });
    const plenary = await json<{ control: { presentedGroupId: string | null } }>(await control({ presentedGroupId: null }));
    expect(plenary.control.presentedGroupId).toBeNull();
    const other = await newWorkshop(h, facilitator);
    expect((await control({ presentedGroupId: other.groups[0]!.id })).status).toBe(422);
    expect((await control({ presentedGroupId: 'bord-1' })).status).toBe(400);
    await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: created.joinCode } });
    expect((await h.request(`/api/workshops/${created.id}/control`, { method: 'POST', cookie: politician, body: { presentedGroupId: chosen } })).status).toBe(403);
  });

  it('hides another organisation\'s workshop (404)', async () => {
    const created = await newWorkshop(h, facilitator);
    await h.db.update(workshops).set({ organisationId: (await h.db.insert((await import('../server/db/schema')).organisations).values({ name: 'Annan', slug: 'annan' }).returning())[0]!.id }).where(eq(workshops.id, created.id));
    expect((await h.request(`/api/workshops/${created.id}`, { cookie: politician })).status).toBe(404);
    expect((await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: created.joinCode } })).status).toBe(403);
  });

  it(`answers 404 to unknown codes and 429 with Retry-After after ${JOIN_FAILURE_LIMIT} wrong codes per address in ${JOIN_WINDOW_MS / 60000} minutes`, async () => {
    const created = await newWorkshop(h, facilitator);
    const attempt = (code: string, ip = '203.0.113.7') => h.request('/api/workshops/join', { method: 'POST', body: { code, name: 'Gäst' }, headers: { 'x-forwarded-for': ip } });
    const unknown = await attempt('ZZZZ ZZZZ');
    expect(unknown.status).toBe(404);
    expect((await json<Problem>(unknown)).error).toEqual({ code: 'unknown_code', message: 'Det finns ingen workshop med den koden. Kontrollera koden och försök igen.' });
    for (let i = 1; i < JOIN_FAILURE_LIMIT; i++) expect((await attempt(i % 2 ? 'ZZZZZZZZ' : 'not a code')).status).toBe(404);
    const limited = await attempt(created.joinCode!);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(JOIN_WINDOW_MS / 1000);
    expect((await attempt(created.joinCode!, '198.51.100.1')).status).toBe(200); // another address is not held up
    h.rebuildApp(); // a restart keeps the count (it is in the database)
    expect((await attempt(created.joinCode!)).status).toBe(429);
    h.clock.advance(JOIN_WINDOW_MS + 1000);
    expect((await attempt(created.joinCode!)).status).toBe(200);
  });
});
