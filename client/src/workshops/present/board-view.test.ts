import { describe, expect, it } from 'vitest';
import type { Card } from '../../../../shared/workshops/board';
import { boardLayout } from '../../../../shared/workshops/board-layouts';
import { formatSeconds, secondsLeft } from '../Countdown';
import { cardsByCategory, votesLabel, votesOn } from './board-view';

const card = (id: string, categoryId: string): Card => ({ id, text: id, categoryId, clusterId: null, author: null, createdAt: '2027-01-21T09:00:00.000Z' });

describe('what the presenter and overview show of a board', () => {
  it('puts cards under their category in the layout\'s order, named with their column; unknown categories last', () => {
    const categories = cardsByCategory(boardLayout('pestel'), [card('a', 'sociala:utmaningar'), card('b', 'politiska:mojligheter'), card('c', 'borta')]);
    expect(categories[0]).toMatchObject({ id: 'politiska:mojligheter', name: 'Politiska – Möjligheter', cards: [{ id: 'b' }] });
    expect(categories.find((category) => category.id === 'sociala:utmaningar')!.cards.map((c) => c.id)).toEqual(['a']);
    expect(categories.at(-1)!.cards.map((c) => c.id)).toEqual(['c']);
    expect(cardsByCategory(boardLayout('single'), [])).toEqual([{ id: expect.any(String), name: expect.any(String), cards: [] }]);
  });

  it('ranks each category\'s cards by revealed votes, most first, ties in the order written', () => {
    const cards = [card('a', 'sociala:utmaningar'), card('b', 'sociala:utmaningar'), card('c', 'sociala:utmaningar'), card('d', 'politiska:mojligheter')];
    const ranked = cardsByCategory(boardLayout('pestel'), cards, { b: 3, c: 1, d: 2 });
    expect(ranked.find((category) => category.id === 'sociala:utmaningar')!.cards.map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(cardsByCategory(boardLayout('pestel'), cards).find((category) => category.id === 'sociala:utmaningar')!.cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect([votesLabel(1), votesLabel(3), votesLabel(0)]).toEqual(['1 röst', '3 röster', '0 röster']);
  });

  it('counts revealed votes on a group\'s cards', () => {
    expect(votesOn([card('a', 'x'), card('b', 'x')], { a: 3, b: 1, c: 9 })).toBe(4);
    expect(votesOn([card('a', 'x')], null)).toBe(0);
  });

  it('counts down in minutes and seconds, never below zero', () => {
    const now = Date.parse('2027-01-21T09:00:00.000Z');
    expect(formatSeconds(secondsLeft('2027-01-21T09:10:00.000Z', now))).toBe('10:00');
    expect(formatSeconds(secondsLeft('2027-01-21T09:00:59.400Z', now))).toBe('1:00');
    expect(secondsLeft('2027-01-21T08:00:00.000Z', now)).toBe(0);
  });
});
