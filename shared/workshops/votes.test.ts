import { describe, expect, it } from 'vitest';
import { checkVote, DEFAULT_VOTE_RULES, rankByVotes } from './votes';

describe('dot voting rules', () => {
  it('defaults to 5 votes, at most 3 on one card', () => {
    expect(DEFAULT_VOTE_RULES).toEqual({ votesPerParticipant: 5, maxPerCard: 3 });
  });

  it('allows votes until the card limit, then refuses that card but not others', () => {
    const rules = { votesPerParticipant: 5, maxPerCard: 3 };
    expect(checkVote(rules, [], 'a')).toBeNull();
    expect(checkVote(rules, ['a', 'a'], 'a')).toBeNull();
    expect(checkVote(rules, ['a', 'a', 'a'], 'a')).toBe('card_limit');
    expect(checkVote(rules, ['a', 'a', 'a'], 'b')).toBeNull();
  });

  it('refuses once every vote is used, whatever the card', () => {
    const rules = { votesPerParticipant: 2, maxPerCard: 2 };
    expect(checkVote(rules, ['a', 'b'], 'c')).toBe('no_votes_left');
    expect(checkVote(rules, ['a', 'a'], 'a')).toBe('no_votes_left');
  });

  it('ranks by votes, most first, keeping board order on ties', () => {
    const votes = new Map([
      ['b', 4],
      ['c', 4],
      ['d', 7],
    ]);
    expect(rankByVotes(['a', 'b', 'c', 'd'], votes)).toEqual([
      { cardId: 'd', votes: 7 },
      { cardId: 'b', votes: 4 },
      { cardId: 'c', votes: 4 },
      { cardId: 'a', votes: 0 },
    ]);
  });
});
