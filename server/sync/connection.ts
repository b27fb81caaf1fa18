import type { WebSocket } from 'ws';
import { CLOSE, type ConnectionMode } from '../../shared/sync/protocol';
import type { Logger } from '../log';
import type { SyncLimits } from './limits';
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
  private droppedWriteLogged = false;
  private alive = true;
  private pinger: NodeJS.Timeout | undefined;

  constructor(
    readonly socket: WebSocket,
    readonly identity: ConnectionIdentity,
    grant: RoomGrant,
    private readonly log: Logger,
    private readonly limits: SyncLimits,
  ) {
    this.mode = grant.mode;
    this.guard = grant.guard;
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
    socket.once('close', () => clearInterval(this.pinger));
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

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING) return;
    this.socket.close(code, reason);
  }

  /**
   * Read-only connections' writes are dropped; say so in the log once, not per keystroke. `nameWriter`
   * false (workshop rooms): the line does not say who, so no log ties a person to a board's writes.
   */
  noteDroppedWrite(room: string, nameWriter = true): void {
    if (this.droppedWriteLogged) return;
    this.droppedWriteLogged = true;
    this.log.warn('dropped writes from a read-only sync connection', { room, ...(nameWriter ? { userId: this.identity.userId } : {}) });
  }
}
