import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addCard, cardsMap, deleteCard, readCards, type Card } from '../../shared/workshops/board';
import { boardRoom, draftRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import { workshopParticipants } from '../db/schema';
import type { RoomWriter } from '../sync/room-writer';
import { participantsOf } from './participants';

/** The cards in a participant's draft room, as the room holds them now. */
async function draftCards(rooms: RoomWriter, workshopId: string, participantId: string): Promise<Card[]> {
  return rooms.readRoom(draftRoom(workshopId, participantId), readCards);
}

/** Hidden cards per group (group id → count), for the facilitator's overview. */
export async function hiddenCardCounts(db: AppDb, rooms: RoomWriter, workshopId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const participants = await db.select().from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshopId));
  for (const participant of participants) {
    if (!participant.groupId) continue;
    const cards = await draftCards(rooms, workshopId, participant.id);
    counts[participant.groupId] = (counts[participant.groupId] ?? 0) + cards.length;
  }
  return counts;
}

/**
 * The reveal: moves every participant's hidden cards onto their group's board (text, category, creation
 * time; a signed card keeps its id and is signed by its owner as the server knows them; an anonymous card
 * stays without author, written from a throwaway client id, under a new id), then deletes them from the
 * draft room. Board first, draft after: a reveal cut short and run again never loses a card (nor doubles
 * a signed one; an anonymous one could appear twice).
 * A participant without a group keeps their drafts until they have one and the facilitator reveals again.
 */
export async function revealHiddenCards(db: AppDb, rooms: RoomWriter, workshopId: string): Promise<number> {
  let moved = 0;
  for (const participant of await participantsOf(db, workshopId)) {
    if (!participant.groupId) continue;
    const cards = await draftCards(rooms, workshopId, participant.id);
    if (cards.length === 0) continue;
    await rooms.applyToRoom(boardRoom(workshopId, participant.groupId), (doc) => {
      for (const card of cards) {
        if (cardsMap(doc).has(card.id)) continue;
        addCard(doc, {
          // An anonymous card gets a new id on the board: the draft room is named after its writer and
          // keeps the old id as a deleted key in its Yjs history, which must not lead to the card.
          id: card.author ? card.id : randomUUID(),
          text: card.text,
          categoryId: card.categoryId,
          author: card.author ? { participantId: participant.id, name: participant.name } : null,
          createdAt: card.createdAt,
        });
      }
    });
    await rooms.applyToRoom(draftRoom(workshopId, participant.id), (doc) => {
      for (const card of cards) deleteCard(doc, card.id);
    });
    moved += cards.length;
  }
  return moved;
}
