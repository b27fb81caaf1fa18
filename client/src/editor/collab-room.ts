import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE, NOTICES_PARAM, type ConnectionMode, type ServerNotice } from '../../../shared/sync/protocol';
import { announceServerReached } from '../offline/server-reached';
import { readNotice, savedCovers } from './notices';

type Connection = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

/** What the page shows about a room: the socket, the rights the server gave it, and what is stored. */
export interface RoomState {
  connection: Connection;
  /** The close code when the server ended the connection for good (4401, 4403, …). */
  closeCode: number | null;
  /** null until the server has said; then 'read' or 'write'. */
  mode: ConnectionMode | null;
  modeReason: 'locked' | 'role' | null;
  /** How many times the server has said this connection's rights (on connect, and after each re-check, changed or not). */
  accessChecks: number;
  /** Every change made here is in the server's database. */
  saved: boolean;
}

const socketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;

/**
 * One live Yjs room: the Y.Doc, its y-websocket provider (cookie auth, same origin) and its
 * IndexedDB copy, so the document opens and keeps edits without a network.
 */
export class CollabRoom {
  readonly ydoc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  private state: RoomState = { connection: 'connecting', closeCode: null, mode: null, modeReason: null, accessChecks: 0, saved: true };
  private savedVector: Map<number, number> | null = null;
  /** What this device's copy held when it opened the room: saved only once the server's word covers it too. */
  private heldAtOpen: Map<number, number> = new Map();
  private everConnected = false;
  private readonly listeners = new Set<() => void>();

  constructor(readonly roomName: string) {
    this.persistence = new IndexeddbPersistence(`samsyn:${roomName}`, this.ydoc);
    this.provider = new WebsocketProvider(socketUrl(), roomName, this.ydoc, { connect: navigator.onLine, disableBc: true, params: { ...NOTICES_PARAM } });
    this.provider.messageHandlers[MESSAGE.samsyn] = (_encoder, decoder) => this.onNotice(readNotice(decoder));
    this.provider.on('status', ({ status }) => this.onStatus(status));
    this.provider.on('sync', (synced: boolean) => this.onSynced(synced));
    this.provider.on('closed', ({ code }) => this.set({ connection: 'closed', closeCode: code }));
    this.persistence.once('synced', () => {
      this.heldAtOpen = Y.decodeStateVector(Y.encodeStateVector(this.ydoc));
      this.recomputeSaved();
    });
    this.ydoc.on('update', this.recomputeSaved);
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);
    if (!navigator.onLine) this.state = { ...this.state, connection: 'offline' };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  destroy(): void {
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    this.ydoc.off('update', this.recomputeSaved);
    this.provider.destroy();
    void this.persistence.destroy();
    this.ydoc.destroy();
    this.listeners.clear();
  }

  /** Forgets this browser's copy of the room (the IndexedDB one included), changes not on the server too. */
  async discardLocalCopy(): Promise<void> {
    this.provider.disconnect();
    await this.persistence.clearData();
  }

  private set(patch: Partial<RoomState>): void {
    const next = { ...this.state, ...patch };
    if ((Object.keys(patch) as Array<keyof RoomState>).every((key) => next[key] === this.state[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** The socket is open, but "Ansluten" waits for the server's state (sync step 2): see onSynced. */
  private onStatus(status: 'connected' | 'disconnected' | 'connecting'): void {
    if (this.state.connection === 'closed' || this.state.connection === 'offline' || status === 'connected') return;
    this.set({ connection: this.everConnected ? 'reconnecting' : 'connecting' });
  }

  private onSynced(synced: boolean): void {
    if (!synced || this.state.connection === 'closed' || this.state.connection === 'offline') return;
    this.everConnected = true;
    this.set({ connection: 'connected' });
    announceServerReached();
  }

  private onNotice(notice: ServerNotice | null): void {
    if (notice?.type === 'mode') this.set({ mode: notice.mode, modeReason: notice.reason ?? null, accessChecks: this.state.accessChecks + 1 });
    if (notice?.type === 'saved') {
      this.savedVector = Y.decodeStateVector(Uint8Array.from(atob(notice.stateVector), (char) => char.charCodeAt(0)));
      this.recomputeSaved();
    }
  }

  private recomputeSaved = () => this.set({ saved: savedCovers(this.savedVector, this.ydoc, this.heldAtOpen) });

  private goOffline = () => {
    if (this.state.connection === 'closed') return;
    this.provider.disconnect();
    this.set({ connection: 'offline' });
  };

  private goOnline = () => {
    if (this.state.connection === 'closed') return;
    this.set({ connection: this.everConnected ? 'reconnecting' : 'connecting' });
    this.provider.connect();
  };
}
