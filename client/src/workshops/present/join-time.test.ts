import { describe, expect, it } from 'vitest';
import { isJoiningTime } from './join-time';

const phases = [
  { id: 'inledning', cardsOpen: false, votingOpen: false },
  { id: 'grupparbete', cardsOpen: true, votingOpen: false },
  { id: 'rostning', cardsOpen: false, votingOpen: true },
  { id: 'sammanstallning', cardsOpen: false, votingOpen: false },
];

describe('when the projector shows the join code large', () => {
  it('before the day and in the phases before the first work, never after', () => {
    expect(isJoiningTime(phases, null)).toBe(true);
    expect(isJoiningTime(phases, 'inledning')).toBe(true);
    expect(['grupparbete', 'rostning', 'sammanstallning'].map((id) => isJoiningTime(phases, id))).toEqual([false, false, false]);
    expect(isJoiningTime(phases, 'borttagen')).toBe(false);
    expect(isJoiningTime([{ id: 'prat', cardsOpen: false, votingOpen: false }], 'prat')).toBe(true);
  });
});
