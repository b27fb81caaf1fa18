import type * as Y from 'yjs';
import type { Caller } from '../auth/caller';
import type { AccessChange } from '../events/access-events';
import type { PresenceIdentity } from './presence-identity';
import type { RoomGrant } from './update-guard';

/** A change the server makes to a room's Y.Doc, applied as one transaction that every connection receives. */
export type RoomChange = (doc: Y.Doc) => void;

/** A change of rights that names what it concerns (a user's, an organisation's or a session's concerns every room). */
export type ScopedAccessChange = Exclude<AccessChange, { kind: 'user' | 'organisation' | 'session' }>;

/** For rooms that note who wrote: the document room keeps "last edited by" and automatic revisions. */
export interface WriterTracking<Ref> {
  /** Edits by `userId` are now stored. */
  stored(ref: Ref, userId: string): void;
  /** Edits were made and then none for `revisionIdleMs`, or the last connection left: who edited since the last call, and the state now. */
  settled(ref: Ref, state: Uint8Array, editors: string[]): Promise<void>;
  /** Writes what the tracking keeps pending (the sync server's flushAll and shutdown). */
  flush(): Promise<void>;
}

/**
 * One kind of room (a document, a workshop board …): everything the sync server needs to know about it,
 * in one module (server/rooms/). The sync server takes a list of kinds (server/rooms/registry.ts) and
 * knows no domain itself, the way Hocuspocus takes extensions with typed hooks.
 */
export interface RoomKind<Ref = unknown> {
  /** The kind's name, for logs and the registry's check. */
  readonly kind: string;
  /** The room's ids when `roomName` is one of this kind's (its name pattern), else null. */
  parse(roomName: string): Ref | null;
  /**
   * What `can()` allows the caller in this room: write (with a guard on the updates when holding the
   * right is not enough), read-only, or nothing (4403). Asked at connect and at every re-check.
   */
  access(caller: Caller, ref: Ref): Promise<RoomGrant | null>;
  /** Who a connection is shown as in the room's awareness (set at connect); none: shown as nobody. */
  presence?(caller: Caller, ref: Ref): Promise<PresenceIdentity | null>;
  /** Whether a change of rights re-checks this room's connections (user, organisation and session changes always do). */
  concerns(change: ScopedAccessChange, ref: Ref): boolean;
  /**
   * Asked once the stored state is loaded, before anyone is answered: a change that heals the room from
   * the database or brings an old layout up to date, or null. `doc` is the loaded state to look at; it is
   * changed only through the returned change, so the change is stored and sent like any other.
   */
  onLoad?(ref: Ref, doc: Y.Doc): Promise<RoomChange | null>;
  /**
   * Present: the room notes who wrote and logs who did what. Absent (workshop rooms, which may hold an
   * anonymous activity): nothing, not even a log line, ties a connection to what it wrote.
   */
  writers?: WriterTracking<Ref>;
  /** After updates of the room are stored, with the room's doc: for a kind that keeps something read from its content (the goal register). Must not block. */
  contentStored?(ref: Ref, doc: Y.Doc): void;
  /** 'stored' (the default): loaded from and written to the database. 'memory': lives only while loaded. */
  persistence?: 'stored' | 'memory';
}

/** Declares a kind: its ids' type comes from `parse` and is checked across its hooks. */
export const roomKind = <Ref>(kind: Pick<RoomKind<Ref>, 'parse'> & Omit<RoomKind<NoInfer<Ref>>, 'parse'>): RoomKind<Ref> => kind;

/** A room name matched to its kind. */
export interface KnownRoom {
  kind: RoomKind;
  ref: unknown;
}

/** The room kinds the sync server serves, in one list; a name no kind claims is no room (4403). */
export class RoomKinds {
  private readonly kinds: RoomKind[];

  constructor(kinds: readonly RoomKind[]) {
    this.kinds = [...kinds];
    const names = this.kinds.map((kind) => kind.kind);
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    if (twice) throw new Error(`room kind ${twice} is registered twice`);
  }

  find(roomName: string): KnownRoom | null {
    for (const kind of this.kinds) {
      const ref = kind.parse(roomName);
      if (ref !== null) return { kind, ref };
    }
    return null;
  }

  /** Every kind that notes who wrote (to flush what they keep pending). */
  get tracking(): WriterTracking<unknown>[] {
    return this.kinds.flatMap((kind) => (kind.writers ? [kind.writers] : []));
  }
}
