import * as Y from 'yjs';

/**
 * What yjs could not integrate from one connection's updates because the structs they build on have
 * not arrived (yjs's store.pendingStructs / pendingDs, V2-encoded). Left in the room's doc, it would be
 * kept in memory and sent to every joiner (Y.encodeStateAsUpdate includes it) though nobody sees it;
 * so the room holds it per connection instead, bounded, and it goes when the connection goes.
 */
export interface HeldUpdates {
  structs: Uint8Array | null;
  deletes: Uint8Array | null;
  /** Per client, the first clock that is missing: once the doc has it, the structs can be retried. */
  missing: Map<number, number>;
  bytes: number;
}

/**
 * Applies `update` (V1) after what the connection held before, in one transaction, and takes back from
 * the doc whatever still cannot be integrated. The doc never keeps pending structs between calls.
 */
function applyHolding(doc: Y.Doc, update: Uint8Array | null, held: HeldUpdates | null, origin: unknown): HeldUpdates | null {
  try {
    Y.transact(
      doc,
      () => {
        if (held?.structs) Y.applyUpdateV2(doc, held.structs);
        if (held?.deletes) Y.applyUpdateV2(doc, held.deletes);
        if (update) Y.applyUpdate(doc, update);
      },
      origin,
    );
  } catch (error) {
    // A malformed update: what it left behind goes with it (the caller closes the connection).
    takePending(doc);
    throw error;
  }
  return takePending(doc);
}

/** The held structs may now integrate: the doc has reached a clock they were missing. */
function resolvable(doc: Y.Doc, held: HeldUpdates): boolean {
  for (const [client, clock] of held.missing) if (clock < Y.getState(doc.store, client)) return true;
  return false;
}

function takePending(doc: Y.Doc): HeldUpdates | null {
  const store = doc.store;
  const structs = store.pendingStructs;
  const deletes = store.pendingDs;
  store.pendingStructs = null;
  store.pendingDs = null;
  if (!structs && !deletes) return null;
  return {
    structs: structs?.update ?? null,
    deletes,
    missing: new Map(structs?.missing ?? []),
    bytes: (structs?.update.byteLength ?? 0) + (deletes?.byteLength ?? 0),
  };
}

/**
 * What each connection of one room holds back, bounded over the room: an update past the bound makes
 * its connection over the limit, and everything that connection held is dropped.
 */
export class HeldByConnection<C> {
  private readonly held = new Map<C, HeldUpdates>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly maxBytes: number,
  ) {}

  /** Applies `update` from `connection` (`connection` is the origin); returns who went over the bound, with what they held. */
  apply(connection: C, update: Uint8Array): Array<{ connection: C; bytes: number }> {
    const over = this.hold(connection, applyHolding(this.doc, update, this.held.get(connection) ?? null, connection));
    // This update may be what another connection's held structs were waiting for.
    for (const [other, held] of this.held) {
      if (other !== connection && resolvable(this.doc, held)) over.push(...this.hold(other, applyHolding(this.doc, null, held, other)));
    }
    return over;
  }

  forget(connection: C): void {
    this.held.delete(connection);
  }

  private hold(connection: C, rest: HeldUpdates | null): Array<{ connection: C; bytes: number }> {
    this.held.delete(connection);
    if (!rest) return [];
    let heldByOthers = 0;
    for (const held of this.held.values()) heldByOthers += held.bytes;
    if (heldByOthers + rest.bytes > this.maxBytes) return [{ connection, bytes: rest.bytes }];
    this.held.set(connection, rest);
    return [];
  }
}
