import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { CLOSE } from '../../shared/sync/protocol';
import { documentRoom, parseRoomName, type RoomRef } from '../../shared/sync/rooms';
import { guestCaller, memberCaller, type Caller } from '../auth/caller';
import { findLiveGuest } from '../auth/guest-sessions';
import { loadPrincipal } from '../auth/principal';
import { findLiveSession } from '../auth/sessions';
import type { AppDb, Database } from '../db/database';
import type { AccessChange, AccessEvents } from '../events/access-events';
import type { Logger } from '../log/logger';
import { recordRevision } from '../versions/revisions';
import type { DocumentStateSource } from '../versions/state-source';
import { Connection, type ConnectionIdentity } from './connection';
import { DocumentActivity } from './document-activity';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits';
import { SyncMetrics } from './metrics';
import { Room } from './room';
import { roomAccess } from './room-access';
import type { RoomGrant } from './update-guard';
import type { RoomLoadHook, RoomWriter } from './room-writer';

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
function concerns(change: AccessChange, ref: RoomRef | null): boolean {
  if (change.kind === 'document') return (ref?.kind === 'document' || ref?.kind === 'comments') && ref.documentId === change.documentId;
  if (change.kind === 'workshop') return (ref?.kind === 'board' || ref?.kind === 'notes' || ref?.kind === 'control' || ref?.kind === 'draft') && ref.workshopId === change.workshopId;
  return true;
}

export interface SyncServerDeps {
  database: Database;
  log: Logger;
  events: AccessEvents;
  limits?: Partial<SyncLimits>;
  clock?: () => Date;
  /** Asked when a room loads, before anyone is answered (the comments room heals itself from the database). */
  onRoomLoad?: RoomLoadHook;
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
export class SyncServer implements DocumentStateSource, RoomWriter {
  readonly limits: SyncLimits;
  readonly metrics = new SyncMetrics();
  private readonly rooms = new Map<string, Room>();
  private readonly perUser = new Map<string, number>();
  private readonly unsubscribe: () => void;
  private readonly activity: DocumentActivity;
  private stopping = false;
  /** One lock at a time per document, in this process. */
  private readonly locking = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: SyncServerDeps) {
    this.limits = { ...DEFAULT_SYNC_LIMITS, ...deps.limits };
    this.activity = new DocumentActivity(deps.database.db, deps.log);
    this.unsubscribe = deps.events.onChanged((change) =>
      this.reauthorize(change).catch((error: unknown) => deps.log.error('re-checking sync connections failed', { error })),
    );
  }

  /** Takes an authorized socket into its room (the ws route has checked session, Origin and rights). */
  connect(socket: WebSocket, roomName: string, caller: Caller, grant: RoomGrant): void {
    const identity = identityOf(caller);
    const userId = identity.userId;
    if (this.stopping) return socket.close(CLOSE.goingAway, 'server shutting down');
    const userCount = this.perUser.get(userId) ?? 0;
    const room = this.room(roomName);
    if (userCount >= this.limits.maxConnectionsPerUser || room.connections.size >= this.limits.maxConnectionsPerRoom) {
      this.deps.log.warn('refusing a sync connection over the limit', { room: roomName, userId });
      socket.close(CLOSE.tooManyConnections, 'too many connections');
      if (room.connections.size === 0) void this.unload(room);
      return;
    }
    this.perUser.set(userId, userCount + 1);
    const connection = new Connection(socket, identity, grant, this.deps.log, this.limits);
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
    let room = this.rooms.get(name);
    if (room) return room;
    room = new Room(name, {
      db: this.deps.database.db,
      log: this.deps.log,
      limits: this.limits,
      metrics: this.metrics,
      onStored: (roomName, userId) => this.activity.record(roomName, userId),
      onQuietAfterEdits: (quiet) => void this.recordRevision(quiet),
      onLoad: this.deps.onRoomLoad,
    });
    this.rooms.set(name, room);
    const created = room;
    created.ready.catch((error: unknown) => {
      // Without its stored state the room must not answer anyone: clients retry and load again.
      this.deps.log.error('loading a sync room failed', { room: name, error });
      if (this.rooms.get(name) === created) this.rooms.delete(name);
      for (const connection of created.connections) connection.close(CLOSE.storageUnavailable, 'storage unavailable');
      created.destroy();
    });
    return room;
  }

  /** An automatic revision of a document room's draft, if anyone edited since the last one. */
  private async recordRevision(room: Room): Promise<void> {
    const ref = parseRoomName(room.name);
    if (ref?.kind !== 'document') return;
    const editors = room.takeEditors();
    if (editors.length === 0) return;
    try {
      await recordRevision(this.deps.database.db, ref.documentId, room.currentState(), editors, this.now());
    } catch (error) {
      this.deps.log.warn('recording an automatic revision failed', { room: room.name, error });
    }
  }

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  async applyChange(documentId: string, change: (doc: Y.Doc) => void): Promise<void> {
    const room = this.room(documentRoom(documentId));
    await room.ready;
    room.applyServerChange(change);
    if (room.connections.size === 0) void this.unload(room);
  }

  /**
   * A change the server makes to any room (loaded for it if nobody has it open): broadcast to every
   * connection, and stored before this resolves; an empty room is then unloaded again.
   */
  async applyToRoom(roomName: string, change: (doc: Y.Doc) => void): Promise<void> {
    const room = this.room(roomName);
    await room.ready;
    room.applyServerChange(change);
    try {
      await room.flush();
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

  private async unload(room: Room): Promise<void> {
    // The last person left: a revision of what they leave behind.
    await this.recordRevision(room);
    try {
      await room.persistAndCompact();
    } catch (error) {
      this.deps.log.error('storing a room before unload failed; it stays in memory', { room: room.name, error });
      return;
    }
    // Someone may have joined while it was being stored: then it stays.
    if (room.connections.size === 0 && this.rooms.get(room.name) === room) {
      this.rooms.delete(room.name);
      room.destroy();
    }
  }

  /**
   * Freezes the document's room (loading it if nobody has it open, so a client connecting meanwhile
   * joins a frozen room), stores what is pending, and hands `write` the state everyone sees. If
   * `write` succeeds every connection becomes read-only before the room thaws; if it fails, editing
   * simply goes on.
   */
  async withFrozenState<T>(documentId: string, write: (state: Uint8Array) => Promise<T>): Promise<T> {
    const previous = this.locking.get(documentId) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(async () => {
      const room = this.room(documentRoom(documentId));
      await room.ready;
      room.freeze(true);
      try {
        await room.flush();
        const result = await write(room.currentState());
        for (const connection of room.connections) room.setMode(connection, 'read', 'locked');
        return result;
      } finally {
        room.freeze(false);
        if (room.connections.size === 0) void this.unload(room);
      }
    });
    this.locking.set(documentId, run);
    try {
      return await run;
    } finally {
      if (this.locking.get(documentId) === run) this.locking.delete(documentId);
    }
  }

  /** Re-checks the rights of every open connection the change may concern, and applies them at once. */
  async reauthorize(change: AccessChange): Promise<void> {
    if (change.kind === 'session') return this.closeSession(change.sessionId);
    const now = this.now();
    for (const room of [...this.rooms.values()]) {
      if (!concerns(change, parseRoomName(room.name))) continue;
      for (const connection of [...room.connections]) {
        if (change.kind === 'user' && connection.identity.userId !== change.userId) continue;
        if (change.kind === 'organisation' && connection.identity.organisationId !== change.organisationId) continue;
        const caller = await reloadCaller(this.deps.database.db, connection.identity, now);
        if (!caller) {
          connection.close(CLOSE.unauthenticated, 'session ended');
          continue;
        }
        const grant = await roomAccess(this.deps.database.db, caller, room.name);
        if (!grant) connection.close(CLOSE.forbidden, 'access withdrawn');
        else room.setGrant(connection, grant, change.kind === 'document' || change.kind === 'workshop' ? 'locked' : 'role');
      }
    }
  }

  private closeSession(sessionId: string): void {
    for (const room of this.rooms.values()) {
      for (const connection of room.connections) if (connection.identity.sessionId === sessionId) connection.close(CLOSE.unauthenticated, 'session ended');
    }
  }

  /** Stores everything pending in every room now (tests, and operators' checks). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.rooms.values()].map((room) => room.flush()));
    await this.activity.flush();
  }

  stats(): SyncStats {
    let connections = 0;
    let pendingWriteBytes = 0;
    for (const room of this.rooms.values()) {
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

  /** Closes every socket (clients reconnect elsewhere or later) and stores what is pending. */
  async shutdown(deadlineMs = 10_000): Promise<void> {
    this.stopping = true;
    this.unsubscribe();
    const rooms = [...this.rooms.values()];
    for (const room of rooms) for (const connection of room.connections) connection.close(CLOSE.goingAway, 'server shutting down');
    const flushed = Promise.allSettled(rooms.map((room) => room.flush()));
    const timer = new Promise((resolve) => setTimeout(resolve, deadlineMs).unref());
    await Promise.race([flushed, timer]);
    await this.activity.flush();
    for (const room of rooms) {
      if (room.pendingWriteBytes > 0) this.deps.log.error('shutdown: updates could not be stored', { room: room.name, bytes: room.pendingWriteBytes });
      room.stopPersistence();
    }
  }
}
