/**
 * Dot voting: each participant has N votes and may put at most M of them on one card. The server
 * checks this (clients cannot be trusted to keep it) inside the transaction that stores the vote;
 * the client uses the same rule to show what is left.
 */
export interface VoteRules {
  votesPerParticipant: number;
  maxPerCard: number;
}

export const DEFAULT_VOTE_RULES: VoteRules = { votesPerParticipant: 5, maxPerCard: 3 };

export type VoteRefusal = 'no_votes_left' | 'card_limit';

/** Whether one more vote on `cardId` is allowed, given the participant's votes so far (one entry per vote). */
export function checkVote(rules: VoteRules, castCardIds: readonly string[], cardId: string): VoteRefusal | null {
  if (castCardIds.length >= rules.votesPerParticipant) return 'no_votes_left';
  if (castCardIds.filter((id) => id === cardId).length >= rules.maxPerCard) return 'card_limit';
  return null;
}

export interface RankedCard {
  cardId: string;
  votes: number;
}

/** Cards by votes, most first; ties keep the order given (e.g. board order), so the ranking is stable. */
export function rankByVotes(cardIds: readonly string[], votes: ReadonlyMap<string, number>): RankedCard[] {
  return cardIds
    .map((cardId, index) => ({ cardId, votes: votes.get(cardId) ?? 0, index }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ cardId, votes: count }) => ({ cardId, votes: count }));
}
