import * as Y from 'yjs';
import { cardsMap, readCards, readClusters, type Card, type Cluster } from '../../shared/workshops/board';
import { boardRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import type { RoomWriter } from '../sync/room-writer';
import { groupsOf, type GroupRow } from './load';

export interface BoardState {
  group: GroupRow;
  cards: Card[];
  clusters: Cluster[];
}

/**
 * Every group's board as it is now, in group order. Read through the room writer: with the sync server
 * that is the live room (loaded for the read if nobody has it open), without one the stored state. Anonymous cards carry no author here either (readCards).
 */
export async function readBoardStates(db: AppDb, rooms: RoomWriter, workshopId: string): Promise<BoardState[]> {
  const states: BoardState[] = [];
  for (const group of await groupsOf(db, workshopId)) {
    const { cards, clusters } = await rooms.readRoom(boardRoom(workshopId, group.id), (doc) => ({ cards: readCards(doc), clusters: readClusters(doc) }));
    states.push({ group, cards, clusters });
  }
  return states;
}

/** Whether a card with this id is on one of the workshop's boards now (votes go to real cards only). */
export async function cardOnBoards(db: AppDb, rooms: RoomWriter, workshopId: string, cardId: string): Promise<boolean> {
  for (const group of await groupsOf(db, workshopId)) {
    if (await rooms.readRoom(boardRoom(workshopId, group.id), (doc) => cardsMap(doc).get(cardId) instanceof Y.Map)) return true;
  }
  return false;
}
