import type { WebSocket } from 'ws';
import { CLOSE, type ConnectionMode } from '../../shared/sync/protocol';
import type { Logger } from '../log/logger';
import { AwarenessGate } from './awareness-gate';
import type { SyncLimits } from './limits';
import type { PresenceIdentity } from './presence-identity';
import { TokenBucket } from './token-bucket';
import type { RoomGrant, UpdateGuard } from './update-guard';

export interface ConnectionIdentity {
  /** A member's session, or a workshop guest's (guest_sessions). */
  kind: 'member' | 'guest';
  sessionId: string;
  /** The member's user id; for a guest `guest:<participantId>` (never a user's id). */
  userId: string;
  organisationId: string;
}

/**
 * One client socket in one room. It knows its rights (write or read, and in some rooms a guard on its
 * writes) and how to send without letting a slow reader buffer without limit; the room decides what to send.
 */
export class Connection {
  mode: ConnectionMode;
  guard: UpdateGuard | undefined;
  /** The client wrote since the last "saved" notice it got. */
  unsaved = false;
  /** Who the connection is shown as in the room's awareness (from its session); null: nobody. */
  readonly presence: PresenceIdentity | null;
  readonly awarenessGate: AwarenessGate;
  private readonly inboundFrames: TokenBucket;
  private readonly inboundBytes: TokenBucket;
  private resumeTimer: NodeJS.Timeout | undefined;
  private readonly logged = new Set<string>();
  private alive = true;
  private pinger: NodeJS.Timeout | undefined;

  constructor(
    readonly socket: WebSocket,
    readonly identity: ConnectionIdentity,
    grant: RoomGrant,
    private readonly log: Logger,
    private readonly limits: SyncLimits,
    /** The client asked for Samsyn's notices (`mode`, `saved`); a stock y-websocket client gets the standard protocol only. */
    private readonly wantsNotices: boolean,
  ) {
    this.mode = grant.mode;
    this.guard = grant.guard;
    this.presence = grant.presence ?? null;
    this.awarenessGate = new AwarenessGate(limits);
    this.inboundFrames = new TokenBucket(limits.inboundFrames);
    this.inboundBytes = new TokenBucket(limits.inboundBytes);
    socket.on('pong', () => {
      this.alive = true;
    });
    // A socket that does not answer two pings in a row is gone (a laptop lid closed mid-session).
    this.pinger = setInterval(() => {
      if (!this.alive) {
        socket.terminate();
        return;
      }
      this.alive = false;
      socket.ping();
    }, limits.pingIntervalMs);
    this.pinger.unref();
    socket.once('close', () => {
      clearInterval(this.pinger);
      clearTimeout(this.resumeTimer);
    });
  }

  /**
   * Counts a frame against the connection's inbound budget, so one client cannot keep the event loop
   * (and every other room) busy. Over it the socket is read no further until the budget is back (the
   * sender is slowed by TCP, nothing it sent is dropped); a sender still deep in debt after that — it
   * had buffered a flood — is to be closed. False: close it; the frame is not to be handled.
   */
  admitFrame(byteLength: number): boolean {
    const waitMs = Math.max(this.inboundFrames.takeIntoDebt(1), this.inboundBytes.takeIntoDebt(byteLength));
    if (waitMs === 0) return true;
    if (this.inboundFrames.overdrawn || this.inboundBytes.overdrawn) return false;
    if (this.resumeTimer === undefined) {
      this.socket.pause();
      this.resumeTimer = setTimeout(() => {
        this.resumeTimer = undefined;
        this.socket.resume();
      }, waitMs);
    }
    return true;
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  send(message: Uint8Array): void {
    if (!this.open) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.log.warn('closing a slow sync consumer', { userId: this.identity.userId, buffered: this.socket.bufferedAmount });
      this.close(CLOSE.slowConsumer, 'slow consumer');
      return;
    }
    this.socket.send(message, { binary: true });
  }

  /** Sends one of Samsyn's notices (message type 100), to a client that asked for them only. */
  notify(notice: Uint8Array): void {
    if (this.wantsNotices) this.send(notice);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING) return;
    this.socket.close(code, reason);
    // A socket slowed by its budget must still read the client's answer to the close.
    clearTimeout(this.resumeTimer);
    this.resumeTimer = undefined;
    if (this.socket.isPaused) this.socket.resume();
  }

  /**
   * Read-only connections' writes are dropped; say so in the log once, not per keystroke. `nameWriter`
   * false (workshop rooms): the line does not say who, so no log ties a person to a board's writes.
   */
  noteDroppedWrite(room: string, nameWriter = true): void {
    this.noteOnce('read-only', 'dropped writes from a read-only sync connection', { room, ...(nameWriter ? { userId: this.identity.userId } : {}) });
  }

  /** Logs a warning about this connection once (keyed by `what`), not once per message. */
  noteOnce(what: string, message: string, fields: Record<string, unknown>): void {
    if (this.logged.has(what)) return;
    this.logged.add(what);
    this.log.warn(message, fields);
  }
}
