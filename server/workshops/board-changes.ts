import * as Y from 'yjs';
import { CARD_KEYS, CLUSTER_KEYS, IMMUTABLE_CARD_KEYS, isCardAuthor, isClusterRef, isFreshTimestamp, type CardKey } from '../../shared/workshops/card-fields';
import { UpdateStructs, type Landing } from '../sync/update-structs';

/**
 * What one board update does, card by card, read from the update's own structs (server/sync/update-structs.ts)
 * and checked for shape: every value a client writes has its card layout's type (shared/workshops/board.ts).
 * Who may make the change, and how many cards fit, is board-guard.ts's to judge.
 */

/** A card map (or cluster map) as an item: held by the doc, or new in this update. */
interface EntryRef {
  id: string;
  item: Y.Item;
  fresh: boolean;
}

export interface NewCard {
  id: string;
  keys: Set<string>;
  author: unknown;
  textLength: number;
}

export interface TextEdit {
  /** The held card whose text changes. */
  card: Y.Item;
  text: Y.Text;
  inserted: number;
  deleted: number;
}

export interface BoardChanges {
  newCards: NewCard[];
  /** Held cards (their map items) the update deletes or writes over. */
  removedCards: Set<Y.Item>;
  textEdits: Map<Y.Item, TextEdit>;
  /** Held cards whose text, author or time the update rewrites or deletes. */
  restampedCards: Set<Y.Item>;
  newClusters: number;
  removedClusters: number;
  clusterTitles: Map<Y.Item, { text: Y.Text | null; inserted: number; deleted: number }>;
}

export interface ShapeRules {
  categories: ReadonlySet<string>;
  now: number;
}

/** Why a struct is refused for its shape. */
class Misshapen extends Error {}

type Entry = { kind: 'card' | 'cluster'; ref: EntryRef } | { kind: 'cardText' | 'clusterTitle'; ref: EntryRef };

const isType = (content: Y.Item['content'], type: typeof Y.Map | typeof Y.Text) => content instanceof Y.ContentType && content.type.constructor === type;
export const mapOf = (item: Y.Item) => (item.content as Y.ContentType).type as Y.Map<unknown>;
const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => [items.filter(test), items.filter((item) => !test(item))];
const liveCount = (item: Y.Item) => (item.content instanceof Y.ContentString ? item.length : 0);

export class BoardChangeReader {
  private readonly changes: BoardChanges = {
    newCards: [],
    removedCards: new Set(),
    textEdits: new Map(),
    restampedCards: new Set(),
    newClusters: 0,
    removedClusters: 0,
    clusterTitles: new Map(),
  };
  private readonly newCards = new Map<Y.Item, NewCard>();
  private readonly entries = new Map<Y.Item, Entry | null>();
  private readonly structs: UpdateStructs;

  constructor(
    private readonly doc: Y.Doc,
    update: Uint8Array,
    private readonly rules: ShapeRules,
  ) {
    this.structs = new UpdateStructs(doc, update);
  }

  /** The update's changes, or why its shape is refused (an English reason for the log). */
  read(): BoardChanges | string {
    try {
      // Cards and clusters first, so that a value is known to go into a new card whatever the update's order.
      const [entries, values] = partition(this.structs.items, (item) => {
        const landing = this.structs.place(item);
        return landing !== 'nowhere' && 'root' in landing.host;
      });
      for (const item of [...entries, ...values]) this.added(item);
      for (const item of this.structs.deletedHeld()) this.deleted(item);
      return this.changes;
    } catch (error) {
      if (error instanceof Misshapen) return error.message;
      throw error;
    }
  }

  private added(item: Y.Item): void {
    const landing = this.structs.place(item);
    if (landing === 'nowhere') return;
    const { host, sub } = landing;
    if ('root' in host) {
      if (sub === null || (host.root !== 'cards' && host.root !== 'clusters')) throw new Misshapen("an entry outside the board's cards and clusters");
      if (host.root === 'cards') this.cardEntry(item, sub);
      else this.clusterEntry(item, sub);
      return;
    }
    const entry = this.entryOf(host.item, host.fresh);
    if (!entry) throw new Misshapen("an entry outside the board's cards and clusters");
    if (entry.kind === 'card') {
      this.cardValue(entry.ref, sub, item);
      return;
    }
    if (entry.kind === 'cluster') {
      this.clusterValue(entry.ref, sub, item);
      return;
    }
    if (sub !== null || !(item.content instanceof Y.ContentString || item.content instanceof Y.ContentDeleted)) throw new Misshapen("something other than characters in a card's text");
    const inserted = liveCount(item);
    if (entry.kind === 'cardText') {
      const card = this.newCards.get(entry.ref.item);
      if (card) card.textLength += inserted;
      else if (!entry.ref.item.deleted) this.textEdit(entry.ref.item, host.item).inserted += inserted;
    } else if (!entry.ref.fresh) this.titleEdit(host.item).inserted += inserted;
    else this.titleEdit(host.item, true).inserted += inserted;
  }

  /** A card written under `cards[id]`: whatever stood there is removed (Yjs deletes a map key's old value). */
  private cardEntry(item: Y.Item, id: string): void {
    const current = (this.doc.share.get('cards') as Y.AbstractType<unknown> | undefined)?._map.get(id);
    if (current && !current.deleted) this.changes.removedCards.add(current);
    if (item.content instanceof Y.ContentDeleted) return;
    if (!isType(item.content, Y.Map)) throw new Misshapen('a card that is not a card');
    const card: NewCard = { id, keys: new Set(), author: null, textLength: 0 };
    this.newCards.set(item, card);
    this.changes.newCards.push(card);
  }

  private clusterEntry(item: Y.Item, id: string): void {
    const current = (this.doc.share.get('clusters') as Y.AbstractType<unknown> | undefined)?._map.get(id);
    if (current && !current.deleted) this.changes.removedClusters += 1;
    if (item.content instanceof Y.ContentDeleted) return;
    if (!isType(item.content, Y.Map)) throw new Misshapen('a cluster that is not a cluster');
    this.changes.newClusters += 1;
  }

  private cardValue(card: EntryRef, key: string | null, item: Y.Item): void {
    if (key === null || !(CARD_KEYS as readonly string[]).includes(key)) throw new Misshapen('a card key that does not exist');
    const fresh = this.newCards.get(card.item);
    if (!fresh) {
      if (card.item.deleted) return;
      if (IMMUTABLE_CARD_KEYS.includes(key as CardKey)) {
        this.changes.restampedCards.add(card.item);
        return;
      }
    }
    if (item.content instanceof Y.ContentDeleted) return;
    if (key === 'text') {
      if (!isType(item.content, Y.Text)) throw new Misshapen("a card's text that is not a text");
    } else {
      const value = this.value(item);
      const valid = key === 'categoryId' ? this.rules.categories.has(value as string) : key === 'clusterId' ? isClusterRef(value) : key === 'author' ? isCardAuthor(value) : isFreshTimestamp(value, this.rules.now);
      if (!valid) throw new Misshapen(`a card's ${key} of the wrong shape`);
      if (fresh && key === 'author') fresh.author = value;
    }
    fresh?.keys.add(key);
  }

  private clusterValue(cluster: EntryRef, key: string | null, item: Y.Item): void {
    if (key === null || !(CLUSTER_KEYS as readonly string[]).includes(key)) throw new Misshapen('a cluster key that does not exist');
    if (!cluster.fresh && key !== 'categoryId') throw new Misshapen("a cluster's title or time rewritten");
    if (item.content instanceof Y.ContentDeleted) return;
    if (key === 'title') {
      if (!isType(item.content, Y.Text)) throw new Misshapen("a cluster's title that is not a text");
      return;
    }
    const value = this.value(item);
    if (key === 'categoryId' ? !this.rules.categories.has(value as string) : !isFreshTimestamp(value, this.rules.now)) throw new Misshapen(`a cluster's ${key} of the wrong shape`);
  }

  /** A plain value: one JSON-like value, as Y.Map.set writes it. */
  private value(item: Y.Item): unknown {
    if (!(item.content instanceof Y.ContentAny) || item.content.arr.length !== 1) throw new Misshapen('a board value that is not one plain value');
    return item.content.arr[0];
  }

  private deleted(item: Y.Item): void {
    const landing: Landing = this.structs.placeHeld(item);
    if (landing === 'nowhere') return;
    const { host, sub } = landing;
    if ('root' in host) {
      if (host.root === 'cards' && sub !== null) this.changes.removedCards.add(item);
      if (host.root === 'clusters' && sub !== null) this.changes.removedClusters += 1;
      return;
    }
    const entry = this.entryOf(host.item, false);
    if (entry?.kind === 'card' && IMMUTABLE_CARD_KEYS.includes(sub as CardKey)) this.changes.restampedCards.add(entry.ref.item);
    if (entry?.kind === 'cardText') this.textEdit(entry.ref.item, host.item).deleted += liveCount(item);
    if (entry?.kind === 'clusterTitle') this.titleEdit(host.item).deleted += liveCount(item);
  }

  private textEdit(card: Y.Item, textItem: Y.Item): TextEdit {
    let edit = this.changes.textEdits.get(card);
    if (!edit) {
      edit = { card, text: (textItem.content as Y.ContentType).type as Y.Text, inserted: 0, deleted: 0 };
      this.changes.textEdits.set(card, edit);
    }
    return edit;
  }

  private titleEdit(titleItem: Y.Item, fresh = false) {
    let edit = this.changes.clusterTitles.get(titleItem);
    if (!edit) {
      edit = { text: fresh ? null : ((titleItem.content as Y.ContentType).type as Y.Text), inserted: 0, deleted: 0 };
      this.changes.clusterTitles.set(titleItem, edit);
    }
    return edit;
  }

  /** What an item holding a type is on the board: a card or cluster map, or the text in one; null for anything else. */
  private entryOf(item: Y.Item, fresh: boolean): Entry | null {
    if (this.entries.has(item)) return this.entries.get(item)!;
    const landing = fresh ? this.structs.place(item) : this.structs.placeHeld(item);
    let entry: Entry | null = null;
    if (landing !== 'nowhere' && landing.sub !== null) {
      const { host, sub } = landing;
      if ('root' in host) {
        if ((host.root === 'cards' || host.root === 'clusters') && isType(item.content, Y.Map)) entry = { kind: host.root === 'cards' ? 'card' : 'cluster', ref: { id: sub, item, fresh } };
      } else if (isType(item.content, Y.Text)) {
        const parent = this.entryOf(host.item, host.fresh);
        if (parent?.kind === 'card' && sub === 'text') entry = { kind: 'cardText', ref: parent.ref };
        if (parent?.kind === 'cluster' && sub === 'title') entry = { kind: 'clusterTitle', ref: parent.ref };
      }
    }
    this.entries.set(item, entry);
    return entry;
  }
}
