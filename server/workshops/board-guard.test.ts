import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsMap, deleteCard, moveCard, type CardAuthor } from '../../shared/workshops/board';
import { boardLayout, categoryIds } from '../../shared/workshops/board-layouts';
import type { BoardActor } from '../../shared/workshops/card-rights';
import { boardGuard } from './board-guard';

const anna: CardAuthor = { participantId: 'p-anna', name: 'Anna' };
const actor: BoardActor = { author: anna, manages: false, anonymous: false };
const rules = { limits: { maxCardsPerBoard: 300, maxCardsPerParticipant: 60, maxCardTextLength: 20 }, categories: categoryIds(boardLayout('pestel')) };
const card = (id: string, text = 'Fler äldre') => ({ id, text, categoryId: 'sociala:utmaningar', author: anna, createdAt: new Date().toISOString() });

/** A room's doc and a client synced with it; `sent` is what the client's next changes send, as one update. */
function pair() {
  const room = new Y.Doc();
  const client = new Y.Doc();
  const sent = () => Y.encodeStateAsUpdate(client, Y.encodeStateVector(room));
  return { room, client, sent };
}

describe('boardGuard on updates a real client sends', () => {
  it('takes what a client wrote offline and sends in one update at reconnect: a card, its edits, a move, another card deleted', () => {
    const { room, client, sent } = pair();
    addCard(client, card('a'));
    const text = cardsMap(client).get('a')!.get('text') as Y.Text;
    text.insert(text.length, ' och unga');
    text.delete(0, 5);
    moveCard(client, 'a', 'ekonomiska:mojligheter');
    addCard(client, card('b'));
    deleteCard(client, 'b');
    const guard = boardGuard(actor, rules);
    expect(guard(room, sent())).toBeNull();
    Y.applyUpdate(room, sent());
    expect(cardsMap(room).get('a')!.get('text')!.toString()).toBe('äldre och unga');
  });

  it('takes a whole text replaced at the limit (the edit form deletes and inserts in one transaction), not one longer', () => {
    const { room, client, sent } = pair();
    addCard(client, card('a', 'x'.repeat(20)));
    Y.applyUpdate(room, sent());
    const guard = boardGuard(actor, rules);
    const text = cardsMap(client).get('a')!.get('text') as Y.Text;
    client.transact(() => {
      text.delete(0, text.length);
      text.insert(0, 'y'.repeat(20));
    });
    expect(guard(room, sent())).toBeNull();
    Y.applyUpdate(room, sent());
    text.insert(0, 'z');
    expect(guard(room, sent())).toBe("a card's text over the limit");
  });

  it('refuses writing a card key over the held card in place of deleting it: the old card is removed all the same', () => {
    const { room, client, sent } = pair();
    const bo = { participantId: 'p-bo', name: 'Bo' };
    addCard(client, { ...card('a'), author: bo });
    Y.applyUpdate(room, sent());
    addCard(client, { ...card('a'), id: 'a' });
    expect(boardGuard(actor, rules)(room, sent())).toBe("someone else's card deleted");
  });
});
