import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addCluster, cardsMap, deleteCluster, moveCard, readCards, readClusters, setCardCluster } from './board';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('a group board in Yjs', () => {
  it('adds cards with author, and without any author key in an anonymous activity', () => {
    const doc = new Y.Doc();
    addCard(doc, { id: 'a', text: 'Fler äldre', categoryId: 'sociala:utmaningar', author: { participantId: 'p1', name: 'Lars' }, createdAt: '2027-01-20T09:00:00Z' });
    addCard(doc, { id: 'b', text: 'Distansarbete', categoryId: 'teknologiska:mojligheter', author: null, createdAt: '2027-01-20T09:01:00Z' });
    expect(readCards(doc).map((card) => [card.id, card.author?.name ?? null])).toEqual([
      ['a', 'Lars'],
      ['b', null],
    ]);
    expect(cardsMap(doc).get('b')!.has('author')).toBe(false);
  });

  it('writes an anonymous card under a throwaway Yjs client id, so nothing ties it to the writer\'s other edits', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    addCard(doc, { id: 'a', text: 'Signerat', categoryId: 'c', author: { participantId: 'p1', name: 'Lars' }, createdAt: '2027-01-20T09:00:00Z' });
    addCard(doc, { id: 'b', text: 'Anonymt', categoryId: 'c', author: null, createdAt: '2027-01-20T09:01:00Z' });
    expect(cardsMap(doc).get('a')!._item!.id.client).toBe(doc.clientID);
    expect(cardsMap(doc).get('b')!._item!.id.client).not.toBe(doc.clientID);
    // The anonymous card still goes out as an update (to the provider) like any local edit.
    expect(updates).toHaveLength(2);
    const copy = new Y.Doc();
    for (const update of updates) Y.applyUpdate(copy, update);
    expect(readCards(copy).map((card) => card.text)).toEqual(['Signerat', 'Anonymt']);
  });

  it('two people edit one card and move another at once; both edits survive', () => {
    const [left, right] = [new Y.Doc(), new Y.Doc()];
    addCard(left, { id: 'a', text: 'Klimat', categoryId: 'miljo:utmaningar', author: null, createdAt: '1' });
    addCard(left, { id: 'b', text: 'Värme', categoryId: 'miljo:utmaningar', author: null, createdAt: '2' });
    sync(left, right);
    (cardsMap(left).get('a')!.get('text') as Y.Text).insert(6, 'anpassning');
    (cardsMap(right).get('a')!.get('text') as Y.Text).insert(0, 'Krav på ');
    moveCard(right, 'b', 'miljo:mojligheter');
    sync(left, right);
    sync(right, left);
    for (const doc of [left, right]) {
      expect(readCards(doc).map((card) => [card.text, card.categoryId])).toEqual([
        ['Krav på Klimatanpassning', 'miljo:utmaningar'],
        ['Värme', 'miljo:mojligheter'],
      ]);
    }
  });

  it('clusters cards under a heading (taking the cluster category); moving a card or removing the cluster frees it', () => {
    const doc = new Y.Doc();
    addCard(doc, { id: 'a', text: 'A', categoryId: 'x:1', author: null, createdAt: '1' });
    addCard(doc, { id: 'b', text: 'B', categoryId: 'x:2', author: null, createdAt: '2' });
    addCluster(doc, { id: 'k', title: 'Kompetens', categoryId: 'x:1', createdAt: '3' });
    setCardCluster(doc, 'b', 'k');
    expect(readCards(doc).map((card) => [card.id, card.categoryId, card.clusterId])).toEqual([
      ['a', 'x:1', null],
      ['b', 'x:1', 'k'],
    ]);
    moveCard(doc, 'b', 'x:2');
    expect(readCards(doc)[1]!.clusterId).toBeNull();
    setCardCluster(doc, 'a', 'k');
    deleteCluster(doc, 'k');
    expect(readClusters(doc)).toEqual([]);
    expect(readCards(doc).every((card) => card.clusterId === null)).toBe(true);
    setCardCluster(doc, 'a', 'missing');
    expect(readCards(doc)[0]!.clusterId).toBeNull();
  });
});
