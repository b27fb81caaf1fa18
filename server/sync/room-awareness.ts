import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CLOSE } from '../../shared/sync/protocol';
import type { Connection } from './connection';
import { readAwarenessUpdate, stateFromSession, writeAwarenessUpdate, type AwarenessEntry } from './awareness-filter';
import type { SyncLimits } from './limits';
import { awarenessMessage } from './messages';

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/** The origin of awareness from another process: sent to this process's connections, not back to the cluster. */
const REMOTE = Symbol('remote awareness');

/**
 * A room's awareness (who is here, carets, "klar"): what each connection may say there and for which
 * client ids, forwarded to every connection. Read-only connections take part too.
 */
export class RoomAwareness {
  private readonly awareness: awarenessProtocol.Awareness;
  /** The awareness client ids each connection speaks for, removed when it leaves. */
  private readonly ids = new Map<Connection, Set<number>>();

  constructor(
    doc: Y.Doc,
    private readonly limits: SyncLimits,
    /** The room and, where the room may name people in its logs, who. */
    private readonly who: (connection: Connection) => Record<string, string>,
    /** With other processes: what this process's connections said (and their leaving), for them. */
    private readonly publish?: (update: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null); // the server itself is not present in the room
    this.awareness.on('update', (changes: AwarenessChanges, origin: unknown) => this.onUpdate(changes, origin));
  }

  join(connection: Connection): void {
    this.ids.set(connection, new Set());
  }

  leave(connection: Connection): void {
    const ids = this.ids.get(connection);
    this.ids.delete(connection);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** Everyone present, to a connection that has just joined. */
  greet(connection: Connection): void {
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) connection.send(awarenessMessage(this.awareness, present));
  }

  /** Each query is answered with everyone's states: as costly as an update, so it counts as one. */
  query(connection: Connection): void {
    if (this.admit(connection, 1)) connection.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  /**
   * Takes a client's awareness within its limits, for the client ids it speaks for, with who it is set
   * from its session (./awareness-filter.ts); the rest is dropped.
   */
  receive(connection: Connection, update: Uint8Array): void {
    if (!this.admit(connection, update.byteLength)) return;
    const kept: AwarenessEntry[] = [];
    for (const entry of readAwarenessUpdate(update)) {
      const json = entry.json.length <= this.limits.maxAwarenessStateBytes && this.speaksFor(connection, entry.clientId) ? stateFromSession(entry.json, connection.presence) : undefined;
      if (json === undefined) connection.noteOnce('awareness-state', "dropping awareness states that are too large, malformed or not the connection's own", this.who(connection));
      else kept.push({ ...entry, json: json ?? 'null' });
    }
    if (kept.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, writeAwarenessUpdate(kept), connection);
  }

  /** Awareness from another process's connections (already checked there). */
  applyRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /** The states of this process's own connections, for a process that has just joined the room. */
  localStates(): Uint8Array | null {
    const ids = [...this.ids.values()].flatMap((own) => [...own]).filter((id) => this.awareness.getStates().has(id));
    return ids.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids) : null;
  }

  destroy(): void {
    this.awareness.destroy();
  }

  private admit(connection: Connection, byteLength: number): boolean {
    const verdict = connection.awarenessGate.admit(byteLength);
    if (verdict === 'close') {
      connection.noteOnce('awareness-flood', 'closing a sync connection that keeps flooding awareness', this.who(connection));
      connection.close(CLOSE.tooManyMessages, 'too many messages');
    } else if (verdict === 'drop') {
      connection.noteOnce('awareness-drop', 'dropping awareness messages over the limit from a sync connection', this.who(connection));
    }
    return verdict === 'accept';
  }

  /**
   * A connection speaks for the awareness client ids it brought, up to a few; not for another person's
   * (that would replace their presence). The same person's new connection takes over its old one's id.
   */
  private speaksFor(connection: Connection, clientId: number): boolean {
    const own = this.ids.get(connection);
    if (!own) return false;
    if (own.has(clientId)) return true;
    for (const [other, ids] of this.ids) {
      if (other === connection || !ids.has(clientId)) continue;
      if (other.identity.userId !== connection.identity.userId) return false;
      ids.delete(clientId);
    }
    if (own.size >= this.limits.maxAwarenessClientsPerConnection) return false;
    own.add(clientId);
    return true;
  }

  private onUpdate({ added, updated, removed }: AwarenessChanges, origin: unknown): void {
    const own = this.ids.get(origin as Connection);
    if (own) for (const id of removed) own.delete(id);
    const changed = [...added, ...updated, ...removed];
    // Sent to everyone, the author too: a lone (read-only) client needs the echo to know it is connected.
    const frame = awarenessMessage(this.awareness, changed);
    for (const connection of this.ids.keys()) connection.send(frame);
    // A state the server's own timer removed as outdated (origin 'timeout') was every process's to remove.
    if (this.publish && origin !== REMOTE && origin !== 'timeout') this.publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
  }
}
