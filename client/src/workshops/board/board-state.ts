import type * as Y from 'yjs';
import { readCards, readClusters, type Card, type Cluster } from '../../../../shared/workshops/board';
import type { BoardLayout } from '../../../../shared/workshops/board-layouts';
import type { ControlState } from '../../../../shared/workshops/control';
import type { WorkshopPhase } from '../../../../shared/workshops/workshop';
import type { RoomState } from '../../editor/collab-room';

/** A board room's cards and cluster headings, read together (one room, one read). */
export interface BoardContent {
  cards: Card[];
  clusters: Cluster[];
}

export const EMPTY_BOARD: BoardContent = { cards: [], clusters: [] };

export const readBoard = (doc: Y.Doc): BoardContent => ({ cards: readCards(doc), clusters: readClusters(doc) });

/** Why cards cannot be written now, or null when they can. */
export type ClosedReason = 'noPhase' | 'voting' | 'phase' | 'locked' | 'readOnly' | 'connecting';

export function closedReason(phase: WorkshopPhase | null, control: ControlState, groupId: string, room: RoomState): ClosedReason | null {
  if (!phase) return 'noPhase';
  // Voting closes the cards, but people are meant to act: the board says so, and what to do.
  if (!phase.cardsOpen) return phase.votingOpen ? 'voting' : 'phase';
  if (control.lockedGroups.includes(groupId)) return 'locked';
  if (room.mode === 'read') return 'readOnly';
  if (room.mode === null) return 'connecting';
  return null;
}

/** Every category of the layout with its column's name, in board order. */
export function categoriesOf(layout: BoardLayout): Array<{ id: string; name: string; columnName: string }> {
  return layout.columns.flatMap((column) => column.categories.map((category) => ({ id: category.id, name: category.name, columnName: column.name })));
}

/** "Politiska – Möjligheter": a category named so it is unique on the board. */
export const categoryLabel = (category: { name: string; columnName: string }) => `${category.columnName} – ${category.name}`;
