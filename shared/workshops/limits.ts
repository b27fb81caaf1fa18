/**
 * How much one board takes (issue 12): a kommun's setting, held by the server's board guard on every
 * update and shown by the add-card form before a participant writes in vain. The defaults fit an
 * omvärldsdag: a group of 5–8 writes 50–150 cards in a day, a person rarely more than 20, a card is a
 * sentence or two. They stop a client that writes thousands of cards, not a lively group.
 */
export interface WorkshopLimits {
  /** Cards on one group's board, everyone's together. */
  maxCardsPerBoard: number;
  /** Cards one participant writes on a board (their hidden cards count in their draft room too). */
  maxCardsPerParticipant: number;
  /** Characters (UTF-16 code units, as a textarea's maxLength counts them) in one card's text. */
  maxCardTextLength: number;
}

export const DEFAULT_WORKSHOP_LIMITS: WorkshopLimits = { maxCardsPerBoard: 300, maxCardsPerParticipant: 60, maxCardTextLength: 1000 };

/** What an admin may set: the guard's cost no longer grows with a board, but a board's memory and every joiner's download do. */
export const WORKSHOP_LIMIT_BOUNDS: Record<keyof WorkshopLimits, { min: number; max: number }> = {
  maxCardsPerBoard: { min: 10, max: 2000 },
  maxCardsPerParticipant: { min: 1, max: 500 },
  maxCardTextLength: { min: 50, max: 5000 },
};

/** A cluster heading is a few words (the form's field takes 200). */
export const MAX_CLUSTER_TITLE_LENGTH = 200;

/** Cluster headings on one board: never more than cards to put under them. */
export const maxClustersPerBoard = (limits: WorkshopLimits): number => limits.maxCardsPerBoard;

/** Why no further card may be written, or null: the board is full, or the participant has written their share. */
export type CardQuotaRefusal = 'board' | 'participant';

export function cardQuotaRefusal(counts: { onBoard: number; byParticipant: number }, limits: WorkshopLimits): CardQuotaRefusal | null {
  if (counts.onBoard >= limits.maxCardsPerBoard) return 'board';
  if (counts.byParticipant >= limits.maxCardsPerParticipant) return 'participant';
  return null;
}

/**
 * The same rule over the cards a participant sees (their board, or their draft room while cards are
 * hidden), for the add-card form. The server counts their unsigned cards too, which the form cannot see.
 */
export function cardQuotaOf(cards: ReadonlyArray<{ author: { participantId: string } | null }>, participantId: string, limits: WorkshopLimits): CardQuotaRefusal | null {
  return cardQuotaRefusal({ onBoard: cards.length, byParticipant: cards.filter((card) => card.author?.participantId === participantId).length }, limits);
}
