import { describe, expect, it } from 'vitest';
import { mentionedIds, mentionQuery, suggestMembers } from './members';

const members = [
  { id: 'a', name: 'Lars Nilsson' },
  { id: 'b', name: 'Sara Holm' },
  { id: 'c', name: 'Åsa Öberg' },
];

describe('@-mentions', () => {
  it('finds the mention being typed before the caret', () => {
    expect(mentionQuery('Hej @Sa', 7)).toBe('Sa');
    expect(mentionQuery('@', 1)).toBe('');
    expect(mentionQuery('Hej @Sara H', 11)).toBe('Sara H');
    expect(mentionQuery('e-post: a@b', 11)).toBeNull();
    expect(mentionQuery('Hej Sara', 8)).toBeNull();
  });

  it('suggests members by any part of the name, Swedish letters too', () => {
    expect(suggestMembers(members, 'holm').map((m) => m.id)).toEqual(['b']);
    expect(suggestMembers(members, 'åsa').map((m) => m.id)).toEqual(['c']);
    expect(suggestMembers(members, '')).toHaveLength(3);
  });

  it('ranks names that start with what is typed first, then names with a word that does', () => {
    const people = [
      { id: 'h', name: 'Hassan Ali' },
      { id: 'k', name: 'Karin Sandberg' },
      { id: 's', name: 'Sara Holm' },
    ];
    expect(suggestMembers(people, 'Sa').map((m) => m.id)).toEqual(['s', 'k', 'h']);
    expect(suggestMembers(people, 'sa', 2).map((m) => m.id)).toEqual(['s', 'k']);
  });

  it('sends only the chosen members still named in the text, once each', () => {
    expect(mentionedIds('@Sara Holm och @Sara Holm', members)).toEqual(['b']);
    expect(mentionedIds('ingen nämnd', members)).toEqual([]);
  });
});
