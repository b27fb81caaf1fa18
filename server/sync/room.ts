import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE, MESSAGE, type ConnectionMode } from '../../shared/sync/protocol';
import type { AppDb } from '../db/database';
import type { Logger } from '../log/logger';
import type { Connection } from './connection';
import { applyStored, loadDoc, type StoredDoc } from './doc-store';
import type { SyncLimits } from './limits';
import { noticeMessage, syncStep1Message, syncStep2Message, updateMessage } from './messages';
import type { SyncMetrics } from './metrics';
import { HeldByConnection } from './pending-structs';
import { RoomAwareness } from './room-awareness';
import type { RoomChange } from './room-kind';
import { RoomPersistence } from './room-persistence';
import type { LinkedRoom, RoomLink } from './room-link';
import type { RoomGrant } from './update-guard';
import { isKnownUpdate } from './known-update';

export interface RoomDeps {
  db: AppDb;
  log: Logger;
  limits: SyncLimits;
  metrics: SyncMetrics;
  /** Note who writes (the room kind tracks writers): `onStored` and `onQuietAfterEdits` are called. */
  tracksWriters: boolean;
  /** false: a room in memory only, never loaded from nor written to the database. */
  stored: boolean;
  /** Edits by this user are now stored. */
  onStored?: (userId: string) => void;
  /** Edits were made and then none for `revisionIdleMs`: time for an automatic revision. */
  onQuietAfterEdits?: (room: Room) => void;
  /** Asked once the stored state is loaded, before anyone is answered: a change the server makes first. */
  onLoad?: (doc: Y.Doc) => Promise<RoomChange | null>;
  /** Updates of the room are now stored. */
  onContentStored?: (doc: Y.Doc) => void;
  /** With other processes: the room's link to those that hold it too (./room-link.ts). */
  link?: (room: LinkedRoom) => RoomLink;
}

const NOTHING_STORED: StoredDoc = { snapshot: null, updates: [], pendingRows: 0 };

class MalformedMessage extends Error {}

/** The origin of updates the server makes itself: stored and sent to every connection. */
const SERVER_CHANGE = Symbol('server change');
/** The origin of updates made in another process (or already stored by one): sent to this process's clients, never stored here. */
const REMOTE = Symbol('remote');

/**
 * One Y.Doc shared by the connections of one room. The stored state is loaded completely before any
 * message is answered (messages that arrive meanwhile wait in order); each update is applied in
 * memory, broadcast, and handed to the room's write queue.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly connections = new Set<Connection>();
  private readonly awareness: RoomAwareness;
  readonly ready: Promise<void>;
  private loaded = false;
  private waiting: Array<[Connection, Uint8Array]> = [];
  /** Per connection, what of its updates waits for structs that have not arrived (never in the doc itself). */
  private readonly held: HeldByConnection<Connection>;
  private persistence: RoomPersistence | undefined;
  // Fan-out: the first update of an event-loop turn goes out at once; the others that arrive in the
  // same turn (only when the server is busy) go out merged in one frame at the end of the turn.
  private turnOpen = false;
  private queued: Array<{ update: Uint8Array; origin: unknown }> = [];
  private lastWriter: string | undefined;
  /** Who edited since the last automatic revision. */
  private editorsSinceRevision = new Set<string>();
  private revisionTimer: NodeJS.Timeout | undefined;
  /** While a version is being written (through this process or another), no update from a client is applied: an edit is in the version or refused. */
  private frozen = 0;
  /** Numbers this process's own updates, so the other processes holding the room know which it has stored. */
  private ownSeq = 0;
  readonly link: RoomLink | undefined;
  /**
   * Only rooms whose kind tracks writers note who wrote (for "last edited by" and revisions). A workshop
   * board may hold an anonymous activity, so its room keeps no record of which connection wrote which update.
   */
  readonly tracksWriters: boolean;

  constructor(
    readonly name: string,
    private readonly deps: RoomDeps,
  ) {
    this.tracksWriters = deps.tracksWriters;
    this.held = new HeldByConnection(this.doc, deps.limits.maxPendingStructBytes);
    this.link = deps.link?.(this.linked());
    this.awareness = new RoomAwareness(this.doc, deps.limits, (connection) => this.who(connection), this.link && ((update) => this.link!.publishAwareness(update)));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.ready = this.load();
  }

  get pendingWriteBytes(): number {
    return this.persistence?.pendingUpdateBytes ?? 0;
  }

  private async load(): Promise<void> {
    // Listening before loading: an update another process makes meanwhile is either stored or heard.
    await this.link?.start();
    const stored = this.deps.stored ? await loadDoc(this.deps.db, this.name) : NOTHING_STORED;
    // origin: the room itself, so loading is neither stored again nor broadcast
    applyStored(this.doc, stored, this);
    if (this.deps.stored) {
      this.persistence = new RoomPersistence(this.name, this.doc, this.deps.db, this.deps.log, this.deps.limits, {
        persisted: (stateVector, lagMs, throughSeq) => {
          this.deps.metrics.recordPersistLag(lagMs);
          this.link?.publishStored(throughSeq);
          if (this.lastWriter) this.deps.onStored?.(this.lastWriter);
          this.deps.onContentStored?.(this.doc);
          this.onPersisted(stateVector);
        },
      }, stored.pendingRows);
    }
    // What the other processes holding the room have not stored yet, before anyone here is answered.
    await this.link?.catchUp();
    await this.runLoadHook();
    this.loaded = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const connection of this.connections) this.greet(connection);
    for (const [connection, message] of waiting) this.handle(connection, message);
  }

  /** The load hook's change is stored like any server change; a failing hook leaves the stored state as it is. */
  private async runLoadHook(): Promise<void> {
    if (!this.deps.onLoad) return;
    try {
      const change = await this.deps.onLoad(this.doc);
      if (change) this.applyServerChange(change);
    } catch (error) {
      this.deps.log.warn('the load hook of a sync room failed; the room opens with its stored state', { room: this.name, error });
    }
  }

  /** Adds a connection; it is greeted (sync step 1, presence, its mode) once the room has loaded. */
  join(connection: Connection): void {
    this.connections.add(connection);
    this.awareness.join(connection);
    if (this.loaded) this.greet(connection);
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.held.forget(connection);
    this.awareness.leave(connection);
  }

  private greet(connection: Connection): void {
    connection.notify(noticeMessage({ type: 'mode', mode: connection.mode }));
    // What is stored now, so a writer whose device held edits before it connected learns which of them
    // the server already has, even when it sends nothing new (then no write would say it).
    if (connection.mode === 'write' && this.persistence && this.persistence.pendingUpdateBytes === 0) {
      connection.notify(noticeMessage({ type: 'saved', stateVector: Buffer.from(Y.encodeStateVector(this.doc)).toString('base64') }));
    }
    connection.send(syncStep1Message(this.doc));
    this.awareness.greet(connection);
  }

  /** Stops applying clients' updates (`true`) or resumes (`false`); used while a version is locked in. Freezes nest. */
  freeze(frozen: boolean): void {
    this.frozen = Math.max(0, this.frozen + (frozen ? 1 : -1));
  }

  /** Brings in what other processes stored that this one has not heard (before a lock or a cluster-wide publication). */
  async catchUpFromStore(): Promise<void> {
    await this.ready;
    if (!this.deps.stored) return;
    applyStored(this.doc, await loadDoc(this.deps.db, this.name), REMOTE);
  }

  /** Who edited since the last call (for a revision); clears the list and the idle timer. */
  takeEditors(): string[] {
    clearTimeout(this.revisionTimer);
    const editors = [...this.editorsSinceRevision];
    this.editorsSinceRevision.clear();
    return editors;
  }

  /** Applies a change made by the server itself (e.g. a restore) as a new update everyone receives. */
  applyServerChange(change: RoomChange): void {
    Y.transact(this.doc, () => change(this.doc), SERVER_CHANGE);
  }

  /** The state every client sees now, as one update. */
  currentState(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  /**
   * Gives a connection its re-checked rights and guard, and tells its client even when the mode stays:
   * a board page learns so that its participant may have been moved while the board was read-only anyway.
   */
  setGrant(connection: Connection, grant: RoomGrant, reason: 'locked' | 'role'): void {
    connection.guard = grant.guard;
    connection.mode = grant.mode;
    connection.notify(noticeMessage({ type: 'mode', mode: grant.mode, reason }));
  }

  /** Switches a connection between write and read-only and tells its client. */
  setMode(connection: Connection, mode: ConnectionMode, reason: 'locked' | 'role'): void {
    if (connection.mode === mode) return;
    connection.mode = mode;
    connection.notify(noticeMessage({ type: 'mode', mode, reason }));
  }

  /** Handles one frame from a connection; a malformed frame closes that connection only. */
  receive(connection: Connection, message: Uint8Array): void {
    // What a closing connection still sends is read (to finish the close) but neither counted nor handled.
    if (!connection.open) return;
    if (!connection.admitFrame(message.byteLength)) {
      connection.noteOnce('flood', 'closing a sync connection that keeps sending past its inbound budget', this.who(connection));
      connection.close(CLOSE.tooManyMessages, 'too many messages');
      return;
    }
    if (!this.loaded) {
      this.waiting.push([connection, message]);
      return;
    }
    this.handle(connection, message);
  }

  private handle(connection: Connection, message: Uint8Array): void {
    if (!this.connections.has(connection)) return;
    try {
      this.dispatch(connection, message);
    } catch (error) {
      this.deps.log.warn('closing a sync connection that sent a malformed frame', {
        ...this.who(connection),
        error: error instanceof Error ? error.message : String(error),
      });
      connection.close(CLOSE.malformed, 'malformed message');
    }
  }

  private dispatch(connection: Connection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync:
        this.receiveSync(connection, decoder);
        return;
      case MESSAGE.awareness:
        this.awareness.receive(connection, decoding.readVarUint8Array(decoder));
        return;
      case MESSAGE.queryAwareness:
        this.awareness.query(connection);
        return;
      case MESSAGE.auth:
        return;
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  }

  /** The room and, outside workshop rooms, who: nothing in the logs ties a person to what they wrote on a board. */
  private who(connection: Connection): Record<string, string> {
    return { room: this.name, ...(this.tracksWriters ? { userId: connection.identity.userId } : {}) };
  }

  private receiveSync(connection: Connection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      connection.send(syncStep2Message(this.doc, decoding.readVarUint8Array(decoder)));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessage(`unknown sync message type ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    if (connection.mode !== 'write' || this.frozen > 0) {
      if (!isKnownUpdate(this.doc, update)) connection.noteDroppedWrite(this.name, this.tracksWriters);
      return;
    }
    if (this.persistence && !this.persistence.canAccept(update.byteLength)) {
      this.deps.log.error('refusing a write: the room cannot store updates and its buffer is full', { room: this.name });
      connection.close(CLOSE.storageUnavailable, 'storage unavailable');
      return;
    }
    const refusal = connection.guard?.(this.doc, update);
    if (refusal) {
      this.deps.log.warn('refused a change to a sync room', { ...this.who(connection), reason: refusal });
      // Nothing more from this client until it has reopened the room from the server's state.
      connection.mode = 'read';
      connection.close(CLOSE.refused, 'change refused');
      return;
    }
    this.applyFrom(connection, update);
  }

  /**
   * What the room cannot integrate yet is held for its connection, within the room's bound. Past it the
   * connection is closed (4409: its client reopens the room from the server's state, which heals an
   * honest client whose own copy lost something) and everything it held is dropped.
   */
  private applyFrom(connection: Connection, update: Uint8Array): void {
    for (const over of this.held.apply(connection, update)) {
      this.deps.log.warn('closing a sync connection whose updates build on changes the room never received', { ...this.who(over.connection), bytes: over.bytes });
      over.connection.mode = 'read';
      over.connection.close(CLOSE.refused, 'missing dependencies');
    }
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === this) return;
    this.deps.metrics.updatesApplied += 1;
    if (origin !== REMOTE) {
      const seq = this.persistence ? ++this.ownSeq : 0;
      this.persistence?.enqueue(update, seq);
      this.link?.publishUpdate(update, seq);
    }
    if (isConnection(origin, this.connections)) origin.unsaved = true;
    if (isConnection(origin, this.connections) && this.tracksWriters) {
      this.lastWriter = origin.identity.userId;
      this.editorsSinceRevision.add(origin.identity.userId);
      clearTimeout(this.revisionTimer);
      this.revisionTimer = setTimeout(() => this.deps.onQuietAfterEdits?.(this), this.deps.limits.revisionIdleMs);
      this.revisionTimer.unref();
    }
    // Before the room has loaded nobody has been greeted: they receive the state in the sync handshake.
    if (!this.loaded) return;
    if (this.turnOpen) {
      this.queued.push({ update, origin });
      return;
    }
    this.turnOpen = true;
    setImmediate(() => this.endTurn());
    this.broadcast(updateMessage(update), origin);
  }

  private endTurn(): void {
    this.turnOpen = false;
    if (this.queued.length === 0) return;
    const queued = this.queued;
    this.queued = [];
    const merged = queued.length === 1 ? queued[0]!.update : Y.mergeUpdates(queued.map((entry) => entry.update));
    const origin = queued.every((entry) => entry.origin === queued[0]!.origin) ? queued[0]!.origin : undefined;
    this.broadcast(updateMessage(merged), origin);
  }

  /** Sends one encoded frame to every connection but the update's author. */
  private broadcast(frame: Uint8Array, except: unknown): void {
    const started = performance.now();
    for (const connection of this.connections) {
      if (connection !== except) connection.send(frame);
    }
    this.deps.metrics.recordBroadcast(performance.now() - started);
  }

  private onPersisted(stateVector: Uint8Array): void {
    const frame = noticeMessage({ type: 'saved', stateVector: Buffer.from(stateVector).toString('base64') });
    // Writes that came in while this batch was stored are still pending: keep those authors waiting.
    const allStored = this.pendingWriteBytes === 0;
    for (const connection of this.connections) {
      if (!connection.unsaved) continue;
      if (allStored) connection.unsaved = false;
      connection.notify(frame);
    }
  }

  /** Stores what is pending and compacts (before unload). */
  async persistAndCompact(): Promise<void> {
    await this.ready;
    await this.persistence?.flushAndCompact();
  }

  async flush(): Promise<void> {
    await this.ready;
    await this.persistence?.flush();
  }

  stopPersistence(): void {
    this.persistence?.stop();
  }

  destroy(): void {
    clearTimeout(this.revisionTimer);
    this.link?.stop();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** The room as the processes that hold it too see it. */
  private linked(): LinkedRoom {
    return {
      name: this.name,
      applyRemote: (update) => Y.applyUpdate(this.doc, update, REMOTE),
      applyRemoteAwareness: (update) => this.awareness.applyRemote(update),
      localAwareness: () => this.awareness.localStates(),
      stateVector: () => Y.encodeStateVector(this.doc),
      diffSince: (stateVector) => Y.encodeStateAsUpdate(this.doc, stateVector),
      unstoredOwn: () => this.persistence?.unstored() ?? [],
      adopt: (updates) => {
        for (const update of updates) this.persistence?.enqueue(update, 0);
      },
    };
  }
}

function isConnection(origin: unknown, connections: Set<Connection>): origin is Connection {
  return connections.has(origin as Connection);
}
