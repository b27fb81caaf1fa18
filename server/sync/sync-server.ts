import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/sync/protocol';
import { guestCaller, memberCaller, type Caller } from '../auth/caller';
import { findLiveGuest } from '../auth/guest-sessions';
import { loadPrincipal } from '../auth/principal';
import { findLiveSession } from '../auth/sessions';
import type { AppDb, Database } from '../db/database';
import type { AccessChange, AccessEvents } from '../events/access-events';
import type { Logger } from '../log/logger';
import { ClusterUnavailableError, type ClusterBus } from './cluster';
import { Connection, type ConnectionIdentity } from './connection';
import { KeyedSerialQueue } from './keyed-serial-queue';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits';
import { SyncMetrics } from './metrics';
import { Room } from './room';
import type { KnownRoom, RoomChange, RoomKinds } from './room-kind';
import { DEFAULT_LINK_TIMING, publishToHolders, RoomLink, type LinkedRoom, type LinkTiming } from './room-link';
import type { RoomWriter, WriteOptions } from './room-writer';
import type { RoomGrant } from './update-guard';

function identityOf(caller: Caller): ConnectionIdentity {
  if (caller.kind === 'guest') {
    const { session } = caller.guest;
    return { kind: 'guest', sessionId: session.id, userId: `guest:${session.participantId}`, organisationId: caller.subject.organisationId };
  }
  const { principal } = caller;
  return { kind: 'member', sessionId: principal.session.id, userId: principal.user.id, organisationId: principal.organisation.id };
}

const sessionExpiresAt = (caller: Caller) => (caller.kind === 'guest' ? caller.guest.session : caller.principal.session).expiresAt;

/** The caller behind an open connection as they are now, or null when their session has ended. */
async function reloadCaller(db: AppDb, identity: ConnectionIdentity, now: Date): Promise<Caller | null> {
  if (identity.kind === 'guest') {
    const guest = await findLiveGuest(db, identity.sessionId, now);
    return guest && guestCaller(guest);
  }
  const session = await findLiveSession(db, identity.sessionId, now);
  const principal = session && (await loadPrincipal(db, session));
  return principal && memberCaller(principal);
}

/** Whether a change of rights may concern a room (user and organisation changes concern every room). */
function concerns(change: Exclude<AccessChange, { kind: 'session' }>, { kind, ref }: KnownRoom): boolean {
  if (change.kind === 'user' || change.kind === 'organisation') return true;
  return kind.concerns(change, ref);
}

export interface SyncServerDeps {
  database: Database;
  log: Logger;
  events: AccessEvents;
  /** The rooms it serves (server/rooms/registry.ts): each kind's access, load, writers and persistence. */
  kinds: RoomKinds;
  limits?: Partial<SyncLimits>;
  clock?: () => Date;
  /** The other Samsyn processes on the same database (server/cluster/); none: this process serves its rooms alone. */
  cluster?: ClusterBus;
  clusterTiming?: Partial<LinkTiming>;
}

export interface ConnectOptions {
  /** The client asked for Samsyn's notices (NOTICES_PARAM in its URL). */
  notices: boolean;
}

export interface SyncStats {
  rooms: number;
  connections: number;
  updatesPerSecond: number;
  pendingWriteBytes: number;
  p99BroadcastMs: number;
  p99PersistLagMs: number;
}

/** The rooms in memory: creates them on first connect, unloads them (stored and compacted) when empty. */
export class SyncServer implements RoomWriter {
  readonly limits: SyncLimits;
  readonly metrics = new SyncMetrics();
  private readonly rooms = new Map<string, { room: Room; known: KnownRoom }>();
  private readonly perUser = new Map<string, number>();
  private readonly unsubscribe: () => void;
  private stopping = false;
  /** Serial tasks and locks, one at a time per key, in this process. */
  private readonly turns = new KeyedSerialQueue();
  /** Rooms frozen for a lock made through another process, until it says the lock is over (or its time runs out). */
  private readonly peerFreezes = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribeCluster: (() => void) | undefined;

  constructor(private readonly deps: SyncServerDeps) {
    this.limits = { ...DEFAULT_SYNC_LIMITS, ...deps.limits };
    this.unsubscribe = deps.events.onChanged((change) =>
      this.reauthorize(change).catch((error: unknown) => deps.log.error('re-checking sync connections failed', { error })),
    );
    // Back on the bus after an outage: every room catches up with the other processes, both ways.
    this.unsubscribeCluster = deps.cluster?.onReconnect(() => {
      for (const { room } of this.rooms.values()) room.link?.resync();
    });
  }

  /**
   * What the caller may do in the room, by its kind's rule (`can()`), and who they are shown as there;
   * null for no access or a name no kind claims.
   */
  async authorize(caller: Caller, roomName: string): Promise<RoomGrant | null> {
    const known = this.deps.kinds.find(roomName);
    if (!known) return null;
    const grant = await known.kind.access(caller, known.ref);
    if (!grant) return null;
    return { ...grant, presence: (await known.kind.presence?.(caller, known.ref)) ?? null };
  }

  /** Takes an authorized socket into its room (the ws route has checked session, Origin and rights with `authorize`). */
  connect(socket: WebSocket, roomName: string, caller: Caller, grant: RoomGrant, options: ConnectOptions): void {
    const identity = identityOf(caller);
    const userId = identity.userId;
    if (this.stopping) {
      socket.close(CLOSE.goingAway, 'server shutting down');
      return;
    }
    const userCount = this.perUser.get(userId) ?? 0;
    const room = this.room(roomName);
    if (userCount >= this.limits.maxConnectionsPerUser || room.connections.size >= this.limits.maxConnectionsPerRoom) {
      this.deps.log.warn('refusing a sync connection over the limit', { room: roomName, userId });
      socket.close(CLOSE.tooManyConnections, 'too many connections');
      if (room.connections.size === 0) void this.unload(room);
      return;
    }
    this.perUser.set(userId, userCount + 1);
    const connection = new Connection(socket, identity, grant, this.deps.log, this.limits, options.notices);
    room.join(connection);
    this.closeWhenExpired(socket, connection, sessionExpiresAt(caller));
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      // A socket closed by the server (logout, expiry) may still deliver frames until the client answers: none count.
      if (!connection.open) return;
      if (!isBinary) return connection.close(CLOSE.malformed, 'text frames are not part of the protocol');
      room.receive(connection, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    });
    socket.on('error', (error) => this.deps.log.warn('sync socket error', { room: roomName, userId, error: error.message }));
    socket.once('close', () => {
      const left = (this.perUser.get(userId) ?? 1) - 1;
      if (left > 0) this.perUser.set(userId, left);
      else this.perUser.delete(userId);
      room.leave(connection);
      if (room.connections.size === 0) void this.unload(room);
    });
  }

  /**
   * A connection lives no longer than its session: at the session's expiry it asks the database again
   * (a member's session slides while they use the site; a guest's ends with the workshop's day) and
   * closes with 4401 once the session has ended.
   */
  private closeWhenExpired(socket: WebSocket, connection: Connection, expiresAt: Date): void {
    let timer: NodeJS.Timeout | undefined;
    let closed = false;
    const arm = (until: Date) => {
      if (closed) return;
      const wait = until.getTime() - this.now().getTime();
      if (wait <= 0) return void this.storedExpiry(connection).then((next) => next && arm(next));
      // In steps: setTimeout holds at most ~24.8 days, and does not follow a wall clock that jumps.
      timer = setTimeout(() => arm(until), Math.min(wait, this.limits.sessionCheckMs, 2 ** 31 - 1));
      timer.unref();
    };
    socket.once('close', () => {
      closed = true;
      clearTimeout(timer);
    });
    arm(expiresAt);
  }

  /** The connection's session expiry as stored now; null once the session has ended (the connection is closed). */
  private async storedExpiry(connection: Connection): Promise<Date | null> {
    try {
      const caller = await reloadCaller(this.deps.database.db, connection.identity, this.now());
      if (caller) return sessionExpiresAt(caller);
      connection.close(CLOSE.unauthenticated, 'session ended');
      return null;
    } catch (error) {
      this.deps.log.warn('re-checking an expiring sync session failed; trying again', { error });
      return new Date(this.now().getTime() + this.limits.retryMaxMs);
    }
  }

  private room(name: string): Room {
    const loaded = this.rooms.get(name);
    if (loaded) return loaded.room;
    const known = this.deps.kinds.find(name);
    if (!known) throw new Error(`no room kind serves the room ${name}`);
    const { kind, ref } = known;
    const room = new Room(name, {
      db: this.deps.database.db,
      log: this.deps.log,
      limits: this.limits,
      metrics: this.metrics,
      tracksWriters: kind.writers !== undefined,
      stored: (kind.persistence ?? 'stored') === 'stored',
      onStored: kind.writers && ((userId) => kind.writers!.stored(ref, userId)),
      onQuietAfterEdits: (quiet) => void this.settle(quiet, known),
      onLoad: kind.onLoad && ((doc) => kind.onLoad!(ref, doc)),
      onContentStored: kind.contentStored && ((doc) => kind.contentStored!(ref, doc)),
      link: this.deps.cluster && ((linked) => this.linkRoom(linked, this.deps.cluster!)),
    });
    this.rooms.set(name, { room, known });
    room.ready.catch((error: unknown) => {
      // Without its stored state the room must not answer anyone: clients retry and load again.
      this.deps.log.error('loading a sync room failed', { room: name, error });
      if (this.rooms.get(name)?.room === room) this.rooms.delete(name);
      for (const connection of room.connections) connection.close(CLOSE.storageUnavailable, 'storage unavailable');
      room.destroy();
    });
    return room;
  }

  private linkRoom(linked: LinkedRoom, bus: ClusterBus): RoomLink {
    const name = linked.name;
    return new RoomLink(linked, bus, this.deps.log, {
      freeze: async (request) => {
        const room = this.rooms.get(name)?.room;
        if (!room) return;
        room.freeze(true);
        // Should the locking process die before it says how the lock ended, the room thaws on its own.
        this.peerFreezes.set(`${name}\n${request}`, setTimeout(() => this.thawForPeer(name, request, null), this.limits.peerFreezeMaxMs).unref());
        await room.flush();
      },
      thaw: (request, locked) => this.thawForPeer(name, request, locked),
    }, { ...DEFAULT_LINK_TIMING, ...this.deps.clusterTiming });
  }

  /**
   * Ends a freeze for another process's lock: `locked` makes every connection read-only; `null` (the
   * locking process never said) re-checks each connection's rights first, so nothing is written to a
   * document that was fastställd meanwhile.
   */
  private thawForPeer(name: string, request: string, locked: boolean | null): void {
    const key = `${name}\n${request}`;
    const timer = this.peerFreezes.get(key);
    if (!timer) return;
    clearTimeout(timer);
    this.peerFreezes.delete(key);
    const loaded = this.rooms.get(name);
    if (!loaded) return;
    const { room, known } = loaded;
    if (locked) for (const connection of room.connections) room.setMode(connection, 'read', 'locked');
    if (locked !== null) room.freeze(false);
    else void this.recheckRoom(room, known, 'locked').finally(() => room.freeze(false));
  }

  /** Tells a kind that tracks writers who edited since the last time (an automatic revision of a document), if anyone did. */
  private async settle(room: Room, { kind, ref }: KnownRoom): Promise<void> {
    if (!kind.writers) return;
    const editors = room.takeEditors();
    if (editors.length === 0) return;
    try {
      await kind.writers.settled(ref, room.currentState(), editors);
    } catch (error) {
      this.deps.log.warn('recording what a room\'s writers left (an automatic revision) failed', { room: room.name, error });
    }
  }

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  /**
   * A change the server makes to any room (loaded for it if nobody has it open): broadcast to every
   * connection, and stored before this resolves unless `waitForStorage` is false; an empty room is
   * then unloaded again.
   */
  async applyToRoom(roomName: string, change: RoomChange, { waitForStorage = true, onlyIfOpen = false }: WriteOptions = {}): Promise<void> {
    if (onlyIfOpen && !this.rooms.has(roomName)) return this.tellOthers(roomName, change);
    const room = this.room(roomName);
    await room.ready;
    room.applyServerChange(change);
    try {
      if (waitForStorage) await room.flush();
    } finally {
      if (room.connections.size === 0) void this.unload(room);
    }
  }

  async readRoom<T>(roomName: string, read: (doc: Y.Doc) => T): Promise<T> {
    const room = this.room(roomName);
    try {
      await room.ready;
      return read(room.doc);
    } finally {
      if (room.connections.size === 0) void this.unload(room);
    }
  }

  /**
   * A notice for a room another process may have open (`onlyIfOpen`, rooms in memory): made on an
   * empty doc and sent to the holders only; nobody stores it.
   */
  private tellOthers(roomName: string, change: RoomChange): void {
    const bus = this.deps.cluster;
    if (!bus) return;
    const doc = new Y.Doc();
    let update: Uint8Array | undefined;
    doc.on('update', (made: Uint8Array) => (update = made));
    Y.transact(doc, () => change(doc));
    doc.destroy();
    if (update) publishToHolders(bus, roomName, update);
  }

  /**
   * One task at a time per key, in every process: with a cluster the key is held on the bus too, and a
   * room by that name that is loaded here first takes in what the last holder stored, so a publication
   * never writes over a newer one it has not heard yet. While the bus is away, one at a time here.
   */
  serially<T>(key: string, task: () => Promise<T>): Promise<T> {
    const bus = this.deps.cluster;
    if (!bus) return this.turns.run(key, task);
    return this.turns.run(key, async () => {
      const run = async () => {
        await this.rooms.get(key)?.room.catchUpFromStore();
        return task();
      };
      if (!bus.connected) return run();
      let started = false;
      return bus
        .withLock(`samsyn:serial:${key}`, () => {
          started = true;
          return run();
        })
        .catch((error: unknown) => {
          // The bus went away before the key was held: one at a time here, as while it is away.
          if (!started && error instanceof ClusterUnavailableError) return run();
          throw error;
        });
    });
  }

  private async unload(room: Room): Promise<void> {
    // The last person left: a revision of what they leave behind.
    const loaded = this.rooms.get(room.name);
    if (loaded?.room === room) await this.settle(room, loaded.known);
    try {
      await room.link?.settle();
      await room.persistAndCompact();
    } catch (error) {
      this.deps.log.error('storing a room before unload failed; it stays in memory', { room: room.name, error });
      return;
    }
    // Someone may have joined while it was being stored: then it stays.
    if (room.connections.size === 0 && this.rooms.get(room.name)?.room === room) {
      this.rooms.delete(room.name);
      room.destroy();
    }
  }

  /**
   * Freezes the room (loading it if nobody has it open, so a client connecting meanwhile joins a frozen
   * room), stores what is pending, and hands `write` the state everyone sees. If `write` succeeds every
   * connection becomes read-only before the room thaws; if it fails, editing simply goes on. One at a
   * time per room.
   */
  withFrozenRoom<T>(roomName: string, write: (state: Uint8Array) => Promise<T>): Promise<T> {
    const bus = this.deps.cluster;
    const frozen = () => this.frozen(roomName, write);
    return this.turns.run(`frozen:${roomName}`, bus ? () => bus.withLock(`samsyn:frozen:${roomName}`, frozen) : frozen);
  }

  /**
   * With a cluster, every other process that holds the room freezes it and stores what it has before
   * the state is read (from here and from the database), and learns the outcome after.
   */
  private async frozen<T>(roomName: string, write: (state: Uint8Array) => Promise<T>): Promise<T> {
    const room = this.room(roomName);
    const request = randomUUID();
    let locked = false;
    await room.ready;
    room.freeze(true);
    try {
      await room.flush();
      if (room.link) {
        await room.link.freezeOthers(request);
        await room.catchUpFromStore();
      }
      const result = await write(room.currentState());
      locked = true;
      for (const connection of room.connections) room.setMode(connection, 'read', 'locked');
      return result;
    } finally {
      room.link?.thawOthers(request, locked);
      room.freeze(false);
      if (room.connections.size === 0) void this.unload(room);
    }
  }

  /** Re-checks the rights of every open connection the change may concern, and applies them at once. */
  async reauthorize(change: AccessChange): Promise<void> {
    if (change.kind === 'session') return this.closeSession(change.sessionId);
    const now = this.now();
    const reason = change.kind === 'document' || change.kind === 'workshop' ? 'locked' : 'role';
    for (const { room, known } of [...this.rooms.values()]) {
      if (!concerns(change, known)) continue;
      const concerned = (connection: Connection) =>
        (change.kind !== 'user' || connection.identity.userId === change.userId) &&
        (change.kind !== 'organisation' || connection.identity.organisationId === change.organisationId);
      await this.recheckRoom(room, known, reason, now, concerned);
    }
  }

  /** Asks each (concerned) connection's rights again and applies them: closed, read-only or writing. */
  private async recheckRoom(room: Room, known: KnownRoom, reason: 'locked' | 'role', now = this.now(), concerned: (connection: Connection) => boolean = () => true): Promise<void> {
    for (const connection of [...room.connections]) {
      if (!concerned(connection)) continue;
      const caller = await reloadCaller(this.deps.database.db, connection.identity, now);
      if (!caller) {
        connection.close(CLOSE.unauthenticated, 'session ended');
        continue;
      }
      const grant = await known.kind.access(caller, known.ref);
      if (!grant) connection.close(CLOSE.forbidden, 'access withdrawn');
      else room.setGrant(connection, grant, reason);
    }
  }

  private closeSession(sessionId: string): void {
    for (const { room } of this.rooms.values()) {
      for (const connection of room.connections) if (connection.identity.sessionId === sessionId) connection.close(CLOSE.unauthenticated, 'session ended');
    }
  }

  /** Stores everything pending in every room now (tests, and operators' checks). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.rooms.values()].map(({ room }) => room.flush()));
    await this.flushTracking();
  }

  stats(): SyncStats {
    let connections = 0;
    let pendingWriteBytes = 0;
    for (const { room } of this.rooms.values()) {
      connections += room.connections.size;
      pendingWriteBytes += room.pendingWriteBytes;
    }
    return {
      rooms: this.rooms.size,
      connections,
      updatesPerSecond: this.metrics.updatesPerSecond(),
      pendingWriteBytes,
      p99BroadcastMs: this.metrics.p99BroadcastMs(),
      p99PersistLagMs: this.metrics.p99PersistLagMs(),
    };
  }

  private async flushTracking(): Promise<void> {
    await Promise.all(this.deps.kinds.tracking.map((tracking) => tracking.flush()));
  }

  /** Closes every socket (clients reconnect elsewhere or later) and stores what is pending. */
  async shutdown(deadlineMs = 10_000): Promise<void> {
    this.stopping = true;
    this.unsubscribe();
    this.unsubscribeCluster?.();
    const rooms = [...this.rooms.values()].map(({ room }) => room);
    for (const room of rooms) for (const connection of room.connections) connection.close(CLOSE.goingAway, 'server shutting down');
    const flushed = Promise.allSettled(rooms.map((room) => room.flush()));
    const timer = new Promise((resolve) => setTimeout(resolve, deadlineMs).unref());
    await Promise.race([flushed, timer]);
    await this.flushTracking();
    for (const room of rooms) {
      if (room.pendingWriteBytes > 0) this.deps.log.error('shutdown: updates could not be stored', { room: room.name, bytes: room.pendingWriteBytes });
      room.stopPersistence();
      room.link?.stop();
    }
  }
}
