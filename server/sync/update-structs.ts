import * as Y from 'yjs';

/**
 * Reads one incoming update against a room's doc without applying it: which new items it brings, where
 * each will land (which type, under which map key) and which held items it deletes. A guard built on it
 * costs what the update costs, not what the room holds: a struct is placed by a lookup in the doc's
 * store (binary search) or in the update itself, the way Y.applyUpdate will place it.
 */

/** The type an item goes into: a root type by name, or the type held by another item (held or new). */
type Host = { root: string } | { item: Y.Item; fresh: boolean };
interface Place {
  host: Host;
  /** The map key the item is written under; null for an item in the type's list (e.g. characters). */
  sub: string | null;
}
/** 'nowhere': Yjs drops the item (its neighbour or parent was garbage-collected), so it changes nothing. */
export type Landing = Place | 'nowhere';

/**
 * An update this doc cannot apply at once: Yjs would keep its parts pending and apply them on a later
 * update that no guard then reads, so such an update is refused whole.
 */
export class UnresolvedUpdate extends Error {}

type Struct = Y.Item | Y.GC;

export class UpdateStructs {
  /** The items the update adds that the doc does not hold yet, in the update's order. */
  readonly items: Y.Item[] = [];
  private readonly fresh = new Set<Y.Item>();
  private readonly runs = new Map<number, Struct[]>();
  private readonly places = new Map<Y.Item, Landing>();
  private readonly deleteSet: ReturnType<typeof Y.decodeUpdate>['ds'];

  constructor(private readonly doc: Y.Doc, update: Uint8Array) {
    const { structs, ds } = Y.decodeUpdate(update);
    this.deleteSet = ds;
    let lastClient: number | null = null;
    for (const struct of structs) {
      if (struct instanceof Y.Skip) throw new UnresolvedUpdate('an update with a gap in it');
      const { client, clock } = struct.id;
      let run = this.runs.get(client);
      if (!run) {
        if (clock > this.held(client)) throw new UnresolvedUpdate('an update missing earlier changes of its writer');
        run = [];
        this.runs.set(client, run);
        // Yjs keeps only the last run of a client listed twice: what it applies would not be what was read.
      } else if (client !== lastClient) throw new UnresolvedUpdate('an update listing one writer twice');
      lastClient = client;
      run.push(struct as Struct);
      if (struct instanceof Y.Item && clock + struct.length > this.held(client)) {
        this.items.push(struct);
        this.fresh.add(struct);
      }
    }
  }

  /** Where a new item of this update lands; an item whose origin or parent nobody holds is UnresolvedUpdate. */
  place(item: Y.Item): Landing {
    if (!this.fresh.has(item)) return this.placeHeld(item);
    // Iterative: an item placed by its left neighbour, placed by its own, … can chain through a whole paste.
    const chain: Y.Item[] = [];
    const visiting = new Set<Y.Item>();
    let current = item;
    let landing: Landing;
    for (;;) {
      const known = this.places.get(current);
      if (known) {
        landing = known;
        break;
      }
      chain.push(current);
      visiting.add(current);
      const step = this.step(current);
      if (!(step instanceof Y.Item)) {
        landing = step;
        break;
      }
      if (!this.fresh.has(step)) {
        landing = this.placeHeld(step);
        break;
      }
      if (visiting.has(step)) throw new UnresolvedUpdate('an update whose items place each other');
      current = step;
    }
    for (const link of chain) this.places.set(link, landing);
    return landing;
  }

  /** Where an item the doc holds sits. */
  placeHeld(item: Y.Item): Landing {
    const type = item.parent;
    if (!(type instanceof Y.AbstractType)) return 'nowhere';
    if (type._item === null) return { host: { root: Y.findRootTypeKey(type) }, sub: item.parentSub };
    return { host: { item: type._item, fresh: false }, sub: item.parentSub };
  }

  /**
   * Every item the doc holds that the update deletes and that is not deleted yet. A deletion of
   * something nobody holds is UnresolvedUpdate (Yjs would keep it and delete that item when it comes).
   * Items both added and deleted by the update are left out: they arrive deleted.
   */
  *deletedHeld(): Generator<Y.Item> {
    for (const [client, ranges] of this.deleteSet.clients) {
      const held = this.held(client);
      const structs = this.doc.store.clients.get(client);
      for (const { clock, len } of ranges) {
        const end = clock + len;
        if (end > held && end > this.runEnd(client)) throw new UnresolvedUpdate('a deletion of something the room does not hold');
        if (!structs || clock >= held) continue;
        for (let index = Y.findIndexSS(structs, clock); index < structs.length && structs[index]!.id.clock < end; index++) {
          const struct = structs[index]!;
          if (struct instanceof Y.Item && !struct.deleted) yield struct;
        }
      }
    }
  }

  /** How Yjs finds an item's parent: a GC neighbour drops it; else its own parent info, else its left's, else its right's. */
  private step(item: Y.Item): Landing | Y.Item {
    const left = item.origin && this.find(item.origin);
    const right = item.rightOrigin && this.find(item.rightOrigin);
    if (left instanceof Y.GC || right instanceof Y.GC) return 'nowhere';
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { host: { root: parent }, sub: item.parentSub };
    if (parent instanceof Y.ID) {
      const holder = this.find(parent);
      if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return 'nowhere';
      return { host: { item: holder, fresh: this.fresh.has(holder) }, sub: item.parentSub };
    }
    return left ?? right ?? 'nowhere';
  }

  /** The struct holding an id, in the doc or in this update. */
  private find(id: Y.ID): Struct {
    const inDoc = id.clock < this.held(id.client);
    const structs = inDoc ? this.doc.store.clients.get(id.client) : this.runs.get(id.client);
    if (!structs || id.clock >= (inDoc ? this.held(id.client) : this.runEnd(id.client))) throw new UnresolvedUpdate('an item placed next to something the room does not hold');
    return structs[Y.findIndexSS(structs, id.clock)]!;
  }

  private held(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  private runEnd(client: number): number {
    const run = this.runs.get(client);
    const last = run?.[run.length - 1];
    return last ? last.id.clock + last.length : 0;
  }
}
