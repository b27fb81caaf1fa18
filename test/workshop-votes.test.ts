import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readControl } from '../shared/workshops/control';
import { boardRoom, controlRoom } from '../shared/sync/rooms';
import { addCard } from '../shared/workshops/board';
import { storedRoomWriter } from '../server/sync/room-writer';
import { workshopVotes } from '../server/db/schema';
import { loadDocState } from '../server/sync/doc-store';
import type { MyVotes } from '../shared/api/workshops';
import type { WorkshopView } from '../shared/api/workshops';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';
import { joinAsGuest, json, newWorkshop, type Problem } from './helpers/workshops';

/** The control room as stored (the app runs without a sync server here: rooms are written to storage). */
async function storedControl(h: AppHarness, workshopId: string) {
  return readControl(await loadDocState(h.db, controlRoom(workshopId)));
}

describe(`dot votes on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let workshop: WorkshopView;
  let guest: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    workshop = await newWorkshop(h, facilitator);
    guest = (await joinAsGuest(h, workshop.joinCode!, 'Gäst')).cookie;
    // The cards voted on below, on two of the boards: a vote may go to any group's card.
    const cardIds = ['card-1', 'card-a', 'card-b', 'card-c', 'card-d', 'card-x', 'card-0', 'card-2'];
    for (const [index, group] of workshop.groups.slice(0, 2).entries()) {
      await storedRoomWriter(h.db).applyToRoom(boardRoom(workshop.id, group.id), (doc) => {
        for (const id of cardIds.filter((_, i) => i % 2 === index)) addCard(doc, { id, text: id, categoryId: 'sociala:utmaningar', author: null, createdAt: new Date().toISOString() });
      });
    }
  });
  afterAll(() => h.dispose());

  const control = (body: Record<string, unknown>) => h.request(`/api/workshops/${workshop.id}/control`, { method: 'POST', cookie: facilitator, body });
  const vote = (cardId: string, cookie = guest) => h.request(`/api/workshops/${workshop.id}/votes`, { method: 'POST', cookie, body: { cardId } });
  const mine = async (cookie = guest) => json<MyVotes>(await h.request(`/api/workshops/${workshop.id}/votes/mine`, { cookie }));

  it('refuses votes while the phase does not open voting', async () => {
    const closed = await vote('card-1');
    expect(closed.status).toBe(409);
    expect((await json<Problem>(closed)).error).toEqual({ code: 'voting_closed', message: 'Röstningen är inte öppen just nu.' });
    await control({ phaseId: 'grupparbete' });
    expect((await vote('card-1')).status).toBe(409);
  });

  it('holds N votes per participant and M per card, and lets them take back their own', async () => {
    await control({ phaseId: 'rostning' });
    for (let i = 0; i < 3; i++) expect((await vote('card-a')).status).toBe(201);
    const overCard = await vote('card-a');
    expect(overCard.status).toBe(409);
    expect((await json<Problem>(overCard)).error).toEqual({ code: 'card_limit', message: 'Du kan lägga högst 3 röster på samma kort.' });
    expect((await vote('card-b')).status).toBe(201);
    const fifth = await json<{ vote: { id: string }; mine: MyVotes }>(await vote('card-c'));
    expect(fifth.mine.left).toBe(0);
    expect((await json<Problem>(await vote('card-d'))).error.code).toBe('no_votes_left');

    const taken = await h.request(`/api/workshops/${workshop.id}/votes/${fifth.vote.id}`, { method: 'DELETE', cookie: guest });
    expect(taken.status).toBe(200);
    expect((await json<MyVotes>(taken)).left).toBe(1);
    expect((await mine()).votes.map((v) => v.cardId).sort()).toEqual(['card-a', 'card-a', 'card-a', 'card-b']);

    // Someone else's vote cannot be taken back, and a member must join before voting.
    const politician = await h.login('politiker@exempelkommun.se');
    expect((await vote('card-a', politician)).status).toBe(403);
    await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: workshop.joinCode } });
    const theirs = await json<{ vote: { id: string } }>(await vote('card-a', politician));
    expect((await h.request(`/api/workshops/${workshop.id}/votes/${theirs.vote.id}`, { method: 'DELETE', cookie: guest })).status).toBe(404);
    expect((await mine(politician)).votes).toHaveLength(1);
  });

  it('takes votes on cards that are on a board only', async () => {
    await control({ phaseId: 'rostning' });
    const nowhere = await vote('card-som-inte-finns');
    expect(nowhere.status).toBe(404);
    expect((await json<Problem>(nowhere)).error).toEqual({ code: 'card_not_found', message: 'Kortet finns inte längre på någon tavla.' });
    expect((await vote('card-b')).status).toBe(201);
    expect((await mine()).votes.map((v) => v.cardId)).toEqual(['card-b']);
  });

  it('never stores more than N votes, nor more than M on one card, from 20 parallel requests', async () => {
    await control({ phaseId: 'rostning' });
    const sameCard = await Promise.all(Array.from({ length: 20 }, () => vote('card-x')));
    expect(sameCard.filter((r) => r.status === 201)).toHaveLength(3);
    expect(sameCard.filter((r) => r.status === 409)).toHaveLength(17);
    const mixed = await Promise.all(Array.from({ length: 20 }, (_, i) => vote(`card-${i % 3}`)));
    expect(mixed.filter((r) => r.status === 201)).toHaveLength(2);
    const stored = await h.db.select().from(workshopVotes).where(eq(workshopVotes.workshopId, workshop.id));
    expect(stored).toHaveLength(5);
    const perCard = new Map<string, number>();
    for (const row of stored) perCard.set(row.cardId, (perCard.get(row.cardId) ?? 0) + 1);
    expect(Math.max(...perCard.values())).toBeLessThanOrEqual(3);
  });

  it('keeps votes blind until the facilitator reveals, then writes the tallies into the control room and keeps them current', async () => {
    await control({ phaseId: 'rostning' });
    await vote('card-a');
    await vote('card-a');
    expect(await storedControl(h, workshop.id)).toMatchObject({ phaseId: 'rostning', votesRevealed: false, tallies: null });
    await control({ revealVotes: true });
    expect((await storedControl(h, workshop.id)).tallies).toEqual({ 'card-a': 2 });
    await vote('card-b');
    expect((await storedControl(h, workshop.id)).tallies).toEqual({ 'card-a': 2, 'card-b': 1 });
    await control({ revealVotes: false });
    expect((await storedControl(h, workshop.id)).tallies).toBeNull();
  });
});
