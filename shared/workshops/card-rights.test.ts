import { describe, expect, it } from 'vitest';
import type { Card } from './board';
import { cardChangeRefusal, deletesCard, editsCard, type BoardActor } from './card-rights';

const anna = { participantId: 'p-anna', name: 'Anna' };
const bo = { participantId: 'p-bo', name: 'Bo' };
const card = (id: string, author: Card['author'], text = 'Fler äldre'): Card => ({ id, text, categoryId: 'sociala:utmaningar', clusterId: null, author, createdAt: '2027-01-21T10:00:00.000Z' });
const actor = (author: BoardActor['author'], options: Partial<BoardActor> = {}): BoardActor => ({ author, manages: false, anonymous: false, ...options });

describe('card rights', () => {
  it('lets the author edit and delete their card, a facilitator delete any, and nobody edit an anonymous one', () => {
    expect(editsCard(card('a', anna), actor(anna))).toBe(true);
    expect(editsCard(card('a', anna), actor(bo))).toBe(false);
    expect(editsCard(card('a', null), actor(anna))).toBe(false);
    expect(deletesCard(card('a', anna), actor(bo))).toBe(false);
    expect(deletesCard(card('a', anna), actor(null, { manages: true }))).toBe(true);
    expect(deletesCard(card('a', null), actor(anna))).toBe(false);
  });

  it('accepts new cards in the actor\'s own name or none, moves and clusters of anyone\'s, and the author\'s edits', () => {
    const before = [card('a', anna)];
    expect(cardChangeRefusal(before, [...before, card('b', bo)], actor(bo))).toBeNull();
    expect(cardChangeRefusal(before, [...before, card('b', null)], actor(bo))).toBeNull();
    expect(cardChangeRefusal(before, [{ ...before[0]!, categoryId: 'ekonomiska:mojligheter', clusterId: 'k1' }], actor(bo))).toBeNull();
    expect(cardChangeRefusal(before, [{ ...before[0]!, text: 'Fler unga' }], actor(anna))).toBeNull();
    expect(cardChangeRefusal(before, [], actor(anna))).toBeNull();
  });

  it('refuses another\'s card edited or deleted, a card in another\'s name, changed authors, and names in an anonymous activity', () => {
    const before = [card('a', anna), card('x', null)];
    expect(cardChangeRefusal(before, [{ ...before[0]!, text: 'Ändrad' }, before[1]!], actor(bo))).toBe("someone else's card edited");
    expect(cardChangeRefusal(before, [before[0]!, { ...before[1]!, text: 'Ändrad' }], actor(anna))).toBe("someone else's card edited");
    expect(cardChangeRefusal(before, [before[1]!], actor(bo))).toBe("someone else's card deleted");
    expect(cardChangeRefusal(before, [...before, card('b', anna)], actor(bo))).toBe("a new card in someone else's name");
    expect(cardChangeRefusal(before, [...before, card('b', { ...bo, name: 'Kommunstyrelsens ordförande' })], actor(bo))).toBe("a new card in someone else's name");
    expect(cardChangeRefusal(before, [{ ...before[0]!, author: bo }, before[1]!], actor(bo))).toBe("a card's author or time changed");
    expect(cardChangeRefusal(before, [before[0]!, { ...before[1]!, author: bo }], actor(bo))).toBe("a card's author or time changed");
    expect(cardChangeRefusal(before, [...before, card('b', bo)], actor(bo, { anonymous: true }))).toBe('a new card with an author in an anonymous activity');
    expect(cardChangeRefusal(before, [...before, card('b', null)], actor(bo, { anonymous: true }))).toBeNull();
    // A facilitator moderates (deletes) but writes in nobody's name either.
    expect(cardChangeRefusal(before, [], actor(null, { manages: true }))).toBeNull();
    expect(cardChangeRefusal(before, [...before, card('b', anna)], actor(null, { manages: true }))).toBe("a new card in someone else's name");
  });
});
