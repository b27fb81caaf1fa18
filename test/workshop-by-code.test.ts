import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { organisations, workshops } from '../server/db/schema';
import { JOIN_FAILURE_LIMIT, JOIN_WINDOW_MS } from '../server/workshops/join-throttle';
import type { WorkshopView } from '../shared/api/workshops';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';
import { joinAsGuest, json, newWorkshop, type Problem } from './helpers/workshops';

type Found = { workshop: WorkshopView };
const UNKNOWN_CODE = { code: 'unknown_code', message: 'Det finns ingen workshop med den koden. Kontrollera koden och försök igen.' };

describe(`resolving a join code to a workshop (GET /api/workshops/by-code/:code) on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let politician: string;
  let workshop: WorkshopView;
  const lookUp = (code: string, cookie?: string, ip = '203.0.113.9') =>
    h.request(`/api/workshops/by-code/${encodeURIComponent(code)}`, { cookie, headers: { 'x-forwarded-for': ip } });
  /** "abcd efgh": the code as someone might type it into the address. */
  const typed = (code: string) => `${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`;

  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
    workshop = await newWorkshop(h, facilitator);
  });
  afterAll(() => h.dispose());

  it('gives members of the organisation the same view as by id, however the code is typed', async () => {
    for (const cookie of [facilitator, politician]) {
      const byCode = await lookUp(typed(workshop.joinCode!), cookie);
      expect(byCode.status).toBe(200);
      const byId = await json<Found>(await h.request(`/api/workshops/${workshop.id}`, { cookie }));
      expect((await json<Found>(byCode)).workshop).toEqual(byId.workshop);
    }
  });

  it('lets a guest resolve their own workshop\'s code, and answers another workshop\'s as an unknown code', async () => {
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gäst');
    const own = await lookUp(workshop.joinCode!, guest.cookie);
    expect(own.status).toBe(200);
    expect((await json<Found>(own)).workshop).toMatchObject({ id: workshop.id, me: { name: 'Gäst', guest: true } });

    const other = await newWorkshop(h, facilitator);
    const refused = await lookUp(other.joinCode!, guest.cookie);
    expect(refused.status).toBe(404);
    expect((await json<Problem>(refused)).error).toEqual(UNKNOWN_CODE);
  });

  it('does not reveal another organisation\'s workshop: the same 404 as an unknown code', async () => {
    const [annan] = await h.db.insert(organisations).values({ name: 'Annan kommun', slug: 'annan' }).returning();
    await h.db.update(workshops).set({ organisationId: annan!.id }).where(eq(workshops.id, workshop.id));
    const refused = await lookUp(workshop.joinCode!, politician);
    expect(refused.status).toBe(404);
    expect((await json<Problem>(refused)).error).toEqual(UNKNOWN_CODE);
  });

  it('asks who is calling first (401), before counting anything', async () => {
    const response = await lookUp(workshop.joinCode!);
    expect(response.status).toBe(401);
    expect((await json<Problem>(response)).error.code).toBe('unauthenticated');
    for (let i = 0; i < JOIN_FAILURE_LIMIT; i++) expect((await lookUp('ZZZZZZZZ')).status).toBe(401);
    expect((await lookUp(workshop.joinCode!, politician)).status).toBe(200);
  });

  it(`counts unknown and refused codes with the join's guesses: 429 with Retry-After after ${JOIN_FAILURE_LIMIT} per address`, async () => {
    const unknown = await lookUp('ZZZZ ZZZZ', politician);
    expect(unknown.status).toBe(404);
    expect((await json<Problem>(unknown)).error).toEqual(UNKNOWN_CODE);
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gäst');
    const other = await newWorkshop(h, facilitator);
    expect((await lookUp(other.joinCode!, guest.cookie)).status).toBe(404); // a refusal is a guess too
    for (let i = 2; i < JOIN_FAILURE_LIMIT - 1; i++) expect((await lookUp(i % 2 ? 'ZZZZZZZZ' : 'not a code', politician)).status).toBe(404);
    const join = await h.request('/api/workshops/join', { method: 'POST', body: { code: 'ZZZZZZZZ', name: 'Gäst' }, headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(join.status).toBe(404); // the last guess allowed, made at the join

    const limited = await lookUp(workshop.joinCode!, politician);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(JOIN_WINDOW_MS / 1000);
    expect((await json<Problem>(limited)).error.code).toBe('too_many_attempts');
    const joinLimited = await h.request('/api/workshops/join', { method: 'POST', body: { code: workshop.joinCode, name: 'Gäst' }, headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(joinLimited.status).toBe(429);
    expect((await lookUp(workshop.joinCode!, politician, '198.51.100.2')).status).toBe(200); // another address is not held up

    h.clock.advance(JOIN_WINDOW_MS + 1000);
    expect((await lookUp(workshop.joinCode!, politician)).status).toBe(200);
  });

  it(`holds the limit against guesses sent at once: of 40 wrong codes, ${JOIN_FAILURE_LIMIT} are looked up and the rest get 429`, async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? lookUp('ZZZZZZZZ', politician)
          : h.request('/api/workshops/join', { method: 'POST', body: { code: 'ZZZZZZZZ', name: 'Gäst' }, headers: { 'x-forwarded-for': '203.0.113.9' } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 404)).toHaveLength(JOIN_FAILURE_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - JOIN_FAILURE_LIMIT);
    expect((await lookUp(workshop.joinCode!, politician)).status).toBe(429); // even the right code, until the window passes
  });

  it('forgives a code that was found: members who look up their workshop all day are never held up', async () => {
    for (let i = 0; i < JOIN_FAILURE_LIMIT + 5; i++) expect((await lookUp(workshop.joinCode!, politician)).status).toBe(200);
    expect((await lookUp('ZZZZZZZZ', politician)).status).toBe(404);
  });
});
