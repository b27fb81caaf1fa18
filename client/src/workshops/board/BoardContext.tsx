import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Cluster } from '../../../../shared/workshops/board';
import type { CardQuotaRefusal, WorkshopLimits } from '../../../../shared/workshops/limits';
import type { WorkshopParticipation } from '../../../../shared/api/workshops';
import type { Votes } from './useVotes';

/** What every card on a group board needs: the doc to write, who is here and what they may do now. */
export interface BoardContextValue {
  doc: Y.Doc;
  /**
   * Where new cards go: the board itself, or while the facilitator hides cards the participant's own
   * draft room (never the board, so no other participant receives them); null while that room connects.
   */
  addDoc: Y.Doc | null;
  me: WorkshopParticipation;
  /** Cards may be added, edited, moved and clustered now. */
  canWrite: boolean;
  /** The current phase is an anonymous activity: new cards are written without author. */
  anonymous: boolean;
  /** The id of the notice saying so (for aria-describedby), present while anonymous. */
  anonymousNoticeId: string;
  /** A facilitator: may delete any card. */
  canManage: boolean;
  /** Every card here is the participant's own, anonymous ones included (their hidden cards' draft room). */
  ownsEveryCard?: boolean;
  categories: Array<{ id: string; name: string; columnName: string }>;
  clusters: Cluster[];
  votes: Votes;
  tallies: Record<string, number> | null;
  /** Unsent new-card texts per category, kept while the phase closes the cards and back again. */
  drafts: Map<string, string>;
  /** The kommun's card limits (the text fields' max length). */
  cardLimits: WorkshopLimits;
  /** Why no new card fits where new cards go now (the board or the draft room), or null. */
  cardQuota: CardQuotaRefusal | null;
  /** A phone-sized screen: one "Nytt kort" for the board, categories folded by a tap. */
  smallScreen: boolean;
  /** A polite message for what just happened (moved, clustered). */
  announce(message: string): void;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard() outside <BoardContext>');
  return board;
}
