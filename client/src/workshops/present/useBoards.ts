import { useEffect, useState } from 'react';
import { boardRoom } from '../../../../shared/sync/rooms';
import { readCards, type Card } from '../../../../shared/workshops/board';
import { CollabRoom } from '../../editor/collab-room';

/** One group's board as read live: its cards, and whether the server refused this reader (4403). */
export interface BoardReading {
  cards: Card[];
  loaded: boolean;
  denied: boolean;
}

const EMPTY: BoardReading = { cards: [], loaded: false, denied: false };

/**
 * Reads the boards of several groups at once (the overview's side-by-side boards, the presenter's
 * plenary), live: one room per group, opened while mounted. Keyed by group id.
 */
export function useBoards(workshopId: string, groupIds: readonly string[]): Record<string, BoardReading> {
  const key = groupIds.join(',');
  const [boards, setBoards] = useState<Record<string, BoardReading>>({});
  useEffect(() => {
    const ids = key ? key.split(',') : [];
    const rooms = ids.map((groupId) => ({ groupId, room: new CollabRoom(boardRoom(workshopId, groupId)) }));
    const stops = rooms.map(({ groupId, room }) => {
      const update = () => {
        const state = room.getState();
        const reading: BoardReading = { cards: readCards(room.ydoc), loaded: state.connection === 'connected', denied: state.closeCode === 4403 };
        setBoards((current) => ({ ...current, [groupId]: reading }));
      };
      update();
      room.ydoc.on('update', update);
      const unsubscribe = room.subscribe(update);
      return () => {
        room.ydoc.off('update', update);
        unsubscribe();
        room.destroy();
      };
    });
    return () => {
      for (const stop of stops) stop();
      setBoards({});
    };
  }, [workshopId, key]);
  return Object.fromEntries(groupIds.map((id) => [id, boards[id] ?? EMPTY]));
}
