/**
 * A group's card board (`ws:<workshopId>:board:<groupId>`), written live by the group's participants.
 * Layout: Y.Map 'cards' (card id → Y.Map of a card) and Y.Map 'clusters' (cluster id → Y.Map). A card's
 * text is a Y.Text so two people can type in one card; the rest are plain values, last writer wins.
 * In an anonymous activity a card carries no author at all (`author` absent): nothing links it to a
 * person, not even in the stored Yjs history.
 */
import * as Y from 'yjs';

export interface CardAuthor {
  /** workshop_participants.id */
  participantId: string;
  name: string;
}

export interface Card {
  id: string;
  text: string;
  categoryId: string;
  clusterId: string | null;
  /** null in an anonymous activity. */
  author: CardAuthor | null;
  createdAt: string;
}

export interface Cluster {
  id: string;
  title: string;
  categoryId: string;
  createdAt: string;
}

export const cardsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('cards');
const clustersMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('clusters');

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

function readCard(id: string, map: Y.Map<unknown>): Card {
  const text = map.get('text');
  const author = map.get('author') as CardAuthor | undefined;
  return {
    id,
    text: text instanceof Y.Text ? text.toString() : '',
    categoryId: String(map.get('categoryId') ?? ''),
    clusterId: (map.get('clusterId') as string | null | undefined) ?? null,
    author: author ?? null,
    createdAt: String(map.get('createdAt') ?? ''),
  };
}

/** Every card on the board, oldest first; an entry that is not a card's map (any client can write one) is passed over. */
export function readCards(doc: Y.Doc): Card[] {
  return [...cardsMap(doc).entries()]
    .filter(([, map]) => map instanceof Y.Map)
    .map(([id, map]) => readCard(id, map))
    .sort(byCreation);
}

export function readClusters(doc: Y.Doc): Cluster[] {
  return [...clustersMap(doc).entries()]
    .map(([id, map]) => {
      const title = map.get('title');
      return { id, title: title instanceof Y.Text ? title.toString() : '', categoryId: String(map.get('categoryId') ?? ''), createdAt: String(map.get('createdAt') ?? '') };
    })
    .sort(byCreation);
}

export interface NewCard {
  id: string;
  text: string;
  categoryId: string;
  /** Omit (null) in an anonymous activity: then no author key is written at all. */
  author: CardAuthor | null;
  createdAt: string;
}

function writeCard(doc: Y.Doc, card: NewCard): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('text', new Y.Text(card.text));
    map.set('categoryId', card.categoryId);
    map.set('clusterId', null);
    if (card.author) map.set('author', card.author);
    map.set('createdAt', card.createdAt);
    cardsMap(doc).set(card.id, map);
  });
}

/**
 * Adds a card. Without an author (an anonymous activity) the card is written in a throwaway doc and
 * merged in: its Yjs items then carry that doc's random client id, not the writer's, so the stored
 * history cannot tie it to the same client's signed cards either.
 */
export function addCard(doc: Y.Doc, card: NewCard): void {
  if (card.author) {
    writeCard(doc, card);
    return;
  }
  const scratch = new Y.Doc();
  try {
    writeCard(scratch, { ...card, author: null });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch));
  } finally {
    scratch.destroy();
  }
}

/** Moves a card to another category; it leaves its cluster, which belongs to the old category. */
export function moveCard(doc: Y.Doc, cardId: string, categoryId: string): void {
  const map = cardsMap(doc).get(cardId);
  if (!map || map.get('categoryId') === categoryId) return;
  doc.transact(() => {
    map.set('categoryId', categoryId);
    map.set('clusterId', null);
  });
}

export function deleteCard(doc: Y.Doc, cardId: string): void {
  cardsMap(doc).delete(cardId);
}

export function addCluster(doc: Y.Doc, cluster: { id: string; title: string; categoryId: string; createdAt: string }): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('title', new Y.Text(cluster.title));
    map.set('categoryId', cluster.categoryId);
    map.set('createdAt', cluster.createdAt);
    clustersMap(doc).set(cluster.id, map);
  });
}

/** Puts a card under a cluster heading (null: out of any cluster); the card moves to the cluster's category. */
export function setCardCluster(doc: Y.Doc, cardId: string, clusterId: string | null): void {
  const card = cardsMap(doc).get(cardId);
  if (!card) return;
  const cluster = clusterId ? clustersMap(doc).get(clusterId) : undefined;
  if (clusterId && !cluster) return;
  doc.transact(() => {
    card.set('clusterId', clusterId);
    if (cluster) card.set('categoryId', cluster.get('categoryId'));
  });
}

/** Removes a cluster heading; its cards stay, outside any cluster. */
export function deleteCluster(doc: Y.Doc, clusterId: string): void {
  doc.transact(() => {
    for (const card of cardsMap(doc).values()) if (card.get('clusterId') === clusterId) card.set('clusterId', null);
    clustersMap(doc).delete(clusterId);
  });
}
