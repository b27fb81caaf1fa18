import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, documents, guestSessions, users } from '../server/db/schema';
import { hashSecret } from '../server/auth/session-token';
import type { WorkshopView } from '../shared/api/workshops';
import { AppHarness, sessionCookieFrom } from './helpers/app-harness';
import { textAnchor } from './helpers/comments';
import { driverUnderTest } from './helpers/test-database';
import { guestCookieFrom, joinAsGuest, json, newWorkshop, type Problem } from './helpers/workshops';

describe(`workshop guests over HTTP on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let workshop: WorkshopView;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    workshop = await newWorkshop(h, facilitator);
  });
  afterAll(() => h.dispose());

  it('gives a guest with code and name a session cookie for that workshop, ending with its day in Stockholm', async () => {
    const response = await h.request('/api/workshops/join', { method: 'POST', body: { code: workshop.joinCode, name: '  Maria Lind, Bostäder AB ' } });
    expect(response.status).toBe(200);
    expect(sessionCookieFrom(response)).toBeNull();
    const header = response.headers.getSetCookie().find((line) => line.startsWith('samsyn_guest='))!;
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toContain('Expires=Fri, 15 Jan 2027 23:00:00 GMT'); // midnight in Stockholm
    const body = await json<{ workshop: WorkshopView; participant: { name: string; guest: boolean; groupId: string } }>(response);
    expect(body.workshop.id).toBe(workshop.id);
    expect(body.workshop.joinCode).toBeUndefined();
    expect(body.participant).toMatchObject({ name: 'Maria Lind, Bostäder AB', guest: true, groupId: workshop.groups[0]!.id });
    expect(body.workshop.permissions).toEqual(['workshop.view']); // boards are asked per board (rooms); voting once its phase opens

    // Lucia's design: the row holds the id and the secret's SHA-256, never the secret.
    const token = guestCookieFrom(response)!.split('=')[1]!;
    const [id, secret] = token.split('.') as [string, string];
    const [row] = await h.db.select().from(guestSessions).where(eq(guestSessions.id, id));
    expect(Buffer.from(row!.secretHash).equals(Buffer.from(hashSecret(secret)))).toBe(true);
    expect(row!.expiresAt.toISOString()).toBe('2027-01-15T23:00:00.000Z');

    const [audited] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'workshop.guest_joined'));
    expect(audited).toMatchObject({ actorUserId: null, targetId: workshop.id, details: { name: 'Maria Lind, Bostäder AB' } });
  });

  it('asks a guest for a name of 1–80 characters, and says so in Swedish', async () => {
    for (const name of [undefined, '', '   ', 'x'.repeat(81)]) {
      const response = await h.request('/api/workshops/join', { method: 'POST', body: { code: workshop.joinCode, name } });
      expect(response.status).toBe(400);
      expect((await json<Problem>(response)).error).toEqual({ code: 'name_required', message: 'Skriv ditt namn (1–80 tecken) för att gå med som gäst.' });
    }
  });

  it('lets a guest see their own workshop and nothing else (403 on every member route)', async () => {
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gäst');
    const own = await h.request(`/api/workshops/${workshop.id}`, { cookie: guest.cookie });
    expect(own.status).toBe(200);
    expect((await json<{ workshop: WorkshopView }>(own)).workshop.me).toMatchObject({ name: 'Gäst', guest: true });

    // GET /api/me is for members: a guest learns who they are from their workshop's `me`.
    const me = await h.request('/api/me', { cookie: guest.cookie });
    expect(me.status).toBe(403);
    expect((await json<Problem>(me)).error).toEqual({ code: 'guest_forbidden', message: 'Som gäst når du bara den workshop du har gått med i.' });

    const other = await newWorkshop(h, facilitator);
    const documentId = (await h.db.select().from(documents).limit(1))[0]!.id;
    const politician = await h.login('politiker@exempelkommun.se');
    const thread = await json<{ thread: { id: string; comments: Array<{ id: string }> } }>(
      await h.request(`/api/documents/${documentId}/threads`, { method: 'POST', cookie: politician, body: { anchor: textAnchor(), body: 'Fråga' } }),
    );
    const userId = (await h.db.select().from(users).limit(1))[0]!.id;
    const refused: Array<[string, string]> = [
      ['GET', '/api/me'],
      ['POST', '/api/me/password'],
      ['GET', '/api/bodies'],
      ['GET', '/api/documents'],
      ['POST', '/api/documents'],
      ['GET', `/api/documents/${documentId}`],
      ['PATCH', `/api/documents/${documentId}`],
      ['GET', `/api/documents/${documentId}/threads`],
      ['POST', `/api/documents/${documentId}/threads`],
      ['GET', `/api/documents/${documentId}/versions`],
      ['POST', `/api/documents/${documentId}/versions`],
      ['GET', `/api/documents/${documentId}/versions/1`],
      ['GET', `/api/documents/${documentId}/versions/1/export`],
      ['GET', `/api/documents/${documentId}/diff`],
      ['GET', `/api/documents/${documentId}/revisions`],
      ['POST', `/api/documents/${documentId}/reopen`],
      ['POST', `/api/threads/${thread.thread.id}/comments`],
      ['POST', `/api/threads/${thread.thread.id}/resolve`],
      ['PATCH', `/api/comments/${thread.thread.comments[0]!.id}`],
      ['DELETE', `/api/comments/${thread.thread.comments[0]!.id}`],
      ['GET', '/api/members'],
      ['GET', '/api/mentions'],
      ['GET', '/api/admin/users'],
      ['PATCH', `/api/admin/users/${userId}`],
      ['GET', '/api/admin/organisation'],
      ['GET', '/api/admin/metrics'],
      ['POST', '/api/admin/bodies'],
      ['GET', '/api/workshops'],
      ['POST', '/api/workshops'],
      ['GET', `/api/workshops/${other.id}`],
      ['GET', `/api/workshops/${other.id}/votes/mine`],
      ['POST', `/api/workshops/${other.id}/votes`],
      ['PATCH', `/api/workshops/${workshop.id}`],
      ['GET', `/api/workshops/${workshop.id}/participants`],
      ['PUT', `/api/workshops/${workshop.id}/participants/${guest.participant.participantId}/group`],
      ['POST', `/api/workshops/${workshop.id}/control`],
    ];
    for (const [method, path] of refused) {
      const response = await h.request(path, { method, cookie: guest.cookie, body: method === 'GET' || method === 'DELETE' ? undefined : { cardId: 'c', groupId: null, phaseId: 'rostning', title: 'x' } });
      expect(`${method} ${path} → ${response.status}`).toBe(`${method} ${path} → 403`);
      expect((await json<Problem>(response)).error.code).toMatch(/^(guest_forbidden|forbidden)$/);
    }
  });

  it('ends the guest session with the workshop\'s day, and on logout', async () => {
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gäst');
    h.clock.now = new Date('2027-01-15T22:59:00Z');
    expect((await h.request(`/api/workshops/${workshop.id}`, { cookie: guest.cookie })).status).toBe(200);
    h.clock.now = new Date('2027-01-15T23:00:00Z');
    const expired = await h.request(`/api/workshops/${workshop.id}`, { cookie: guest.cookie });
    expect(expired.status).toBe(401);
    expect(expired.headers.getSetCookie().some((line) => line.startsWith('samsyn_guest=;'))).toBe(true);
    expect(await h.db.select().from(guestSessions)).toHaveLength(0);
    // The day has passed: no more guests.
    const late = await h.request('/api/workshops/join', { method: 'POST', body: { code: workshop.joinCode, name: 'Sen gäst' } });
    expect(late.status).toBe(410);

    h.clock.now = new Date('2027-01-15T12:00:00Z');
    const second = await joinAsGuest(h, workshop.joinCode!, 'Gäst två');
    expect((await h.request('/api/auth/logout', { method: 'POST', cookie: second.cookie })).status).toBe(204);
    expect((await h.request(`/api/workshops/${workshop.id}`, { cookie: second.cookie })).status).toBe(401);
  });

  it('moves the end of guests\' sessions with the workshop\'s date', async () => {
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gäst');
    await h.request(`/api/workshops/${workshop.id}`, { method: 'PATCH', cookie: facilitator, body: { date: '2027-01-16' } });
    h.clock.now = new Date('2027-01-16T12:00:00Z');
    expect((await h.request(`/api/workshops/${workshop.id}`, { cookie: guest.cookie })).status).toBe(200);
    h.clock.now = new Date('2027-01-16T23:00:00Z');
    expect((await h.request(`/api/workshops/${workshop.id}`, { cookie: guest.cookie })).status).toBe(401);
  });

  it('keeps the same participant when a guest joins again from the same browser', async () => {
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gäst');
    const again = await h.request('/api/workshops/join', { method: 'POST', cookie: guest.cookie, body: { code: workshop.joinCode } });
    expect(again.status).toBe(200);
    expect((await json<{ participant: { participantId: string } }>(again)).participant.participantId).toBe(guest.participant.participantId);
  });

  it('lets a member session win over a guest cookie in the same browser', async () => {
    const guest = await joinAsGuest(h, workshop.joinCode!, 'Gäst');
    const politician = await h.login('politiker@exempelkommun.se');
    const both = `${politician}; ${guest.cookie}`;
    expect((await h.request('/api/documents', { cookie: both })).status).toBe(200);
  });
});
