import type { Logger } from '../log/logger';
import { ClusterUnavailableError, roomChannel, type ClusterBus } from './cluster';
import { decodeClusterMessage, encodeClusterMessage, type ClusterMessage } from './cluster-messages';

/** What a room offers the processes that hold it too. */
export interface LinkedRoom {
  readonly name: string;
  /** Applies another process's update: sent to this process's clients, stored by the process it came from. */
  applyRemote(update: Uint8Array): void;
  applyRemoteAwareness(update: Uint8Array): void;
  /** The awareness states of this process's own connections, or null when it has none. */
  localAwareness(): Uint8Array | null;
  stateVector(): Uint8Array;
  diffSince(stateVector: Uint8Array): Uint8Array;
  /** This process's own updates not yet stored, with their numbers. */
  unstoredOwn(): Array<{ seq: number; update: Uint8Array }>;
  /** Stores what of a dead process's updates the database lacks, as if they were this process's own. */
  adopt(updates: Uint8Array[]): Promise<void>;
}

/** How a process holding the room answers a lock made through another one. */
export interface PeerLocks {
  /** Stop applying edits and store what is pending; resolves when stored. */
  freeze(request: string): Promise<void>;
  /** `locked`: a version was written (every connection read-only); false: the lock failed, editing goes on. */
  thaw(request: string, locked: boolean): void;
}

export interface LinkTiming {
  /** How long a loading room waits for the other holders' state. */
  catchUpMs: number;
  /** How long a lock waits for every other holder to freeze. */
  freezeMs: number;
  /** An update another process has not said it stored for this long makes this process ask whether it is alive. */
  adoptAfterMs: number;
  /** How long a room leaving memory waits to learn whether the makers of its unconfirmed updates stored them (a dead process's heartbeat lasts 5 s). */
  settleMs: number;
}

export const DEFAULT_LINK_TIMING: LinkTiming = { catchUpMs: 1_000, freezeMs: 3_000, adoptAfterMs: 2_000, settleMs: 7_000 };

/** An update for the processes that hold a room this one does not (a notice for a room in memory): nobody stores it. */
export function publishToHolders(bus: ClusterBus, room: string, update: Uint8Array): void {
  bus.publish(roomChannel(room), encodeClusterMessage({ type: 'update', from: bus.processId, seq: 0, update }));
}

interface Unconfirmed {
  updates: Map<number, Uint8Array>;
  oldest: number;
}

/**
 * One room's side of the cluster: its updates and awareness go to every process that holds the room and
 * theirs come back. Each process stores only what its own clients (and its server changes) made; the
 * others keep those updates until their maker says it stored them, and store them themselves — one of
 * them, by claim — when the maker has died with them unstored. A lock freezes the room in every process.
 */
export class RoomLink {
  private unsubscribe: (() => void) | undefined;
  private readonly unconfirmed = new Map<string, Unconfirmed>();
  private readonly waits = new Map<string, { from: Set<string>; done: () => void }>();
  private adoptTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly room: LinkedRoom,
    private readonly bus: ClusterBus,
    private readonly log: Logger,
    private readonly locks: PeerLocks,
    private readonly timing: LinkTiming = DEFAULT_LINK_TIMING,
  ) {}

  private get channel(): string {
    return roomChannel(this.room.name);
  }

  /** Listens to the room's channel (before the room is loaded, so no update falls between) and says this process holds it. */
  async start(): Promise<void> {
    this.unsubscribe = await this.bus.subscribe(this.channel, (bytes) => this.receive(bytes));
    this.bus.hold(this.room.name, true);
    this.adoptTimer = setInterval(() => void this.adoptFromDead(), this.timing.adoptAfterMs);
    this.adoptTimer.unref();
  }

  /** Asks the other holders for what they have and this process lacks; resolves when each has answered, or after `catchUpMs`. */
  async catchUp(): Promise<void> {
    const holders = await this.bus.holders(this.room.name);
    if (!holders || holders.length === 0) {
      // Nobody may know yet that we hold it; a sync request reaches whoever does, unawaited.
      this.requestSync();
      return;
    }
    await this.waitFor(`sync:${this.bus.processId}`, holders, this.timing.catchUpMs, () => this.requestSync()).catch(() =>
      this.log.warn('the other processes holding a room did not all answer in time; it opens with what it has', { room: this.room.name }),
    );
  }

  /** After the bus was away: catch up both ways and say again that this process holds the room. */
  resync(): void {
    this.bus.hold(this.room.name, true);
    this.requestSync();
    this.sendAwareness();
  }

  publishUpdate(update: Uint8Array, seq: number): void {
    this.send({ type: 'update', from: this.bus.processId, seq, update });
  }

  publishAwareness(update: Uint8Array): void {
    this.send({ type: 'awareness', from: this.bus.processId, update });
  }

  publishStored(seq: number): void {
    if (seq > 0) this.send({ type: 'stored', from: this.bus.processId, seq });
  }

  /**
   * Freezes the room in every other process that holds it and waits until each has stored what it had;
   * throws `ClusterUnavailableError` (after thawing them) when the bus cannot tell who holds it or one
   * does not answer in time: a lock that could not stop every writer must not be written.
   */
  async freezeOthers(request: string): Promise<void> {
    const holders = await this.bus.holders(this.room.name);
    if (holders === null) throw new ClusterUnavailableError('cannot tell which processes hold the room');
    if (holders.length === 0) return;
    try {
      await this.waitFor(`frozen:${request}`, holders, this.timing.freezeMs, () => this.send({ type: 'freeze', from: this.bus.processId, request }));
    } catch {
      this.thawOthers(request, false);
      throw new ClusterUnavailableError('a process holding the room did not freeze it in time');
    }
  }

  thawOthers(request: string, locked: boolean): void {
    this.send({ type: 'thaw', from: this.bus.processId, request, locked });
  }

  /**
   * Before the room leaves memory: each update another process made and had not said it stored when
   * the room began to leave is confirmed, or stored here once its maker is known dead. After `settleMs`
   * a maker that is alive keeps them (it stores what it made); one the bus cannot tell about has them
   * stored here: an update stored twice is harmless to Yjs, one stored by nobody is lost.
   */
  async settle(): Promise<void> {
    const deadline = Date.now() + this.timing.settleMs;
    const owed = new Map([...this.unconfirmed].map(([from, entry]) => [from, Math.max(...entry.updates.keys())]));
    while (owed.size > 0) {
      const late = Date.now() > deadline;
      for (const [from, upTo] of owed) {
        const entry = this.unconfirmed.get(from);
        const still = entry ? [...entry.updates].filter(([seq]) => seq <= upTo) : [];
        if (still.length === 0) {
          owed.delete(from);
          continue;
        }
        const alive = await this.bus.isAlive(from).catch(() => null);
        if (alive === true && !late) continue;
        owed.delete(from);
        if (alive === true) continue;
        for (const [seq] of still) entry!.updates.delete(seq);
        await this.adopt(from, still);
      }
      if (owed.size > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.adoptTimer);
    this.unsubscribe?.();
    this.bus.hold(this.room.name, false);
    for (const wait of this.waits.values()) wait.done();
  }

  /** Sends with `ask` and waits, under `key`, until each of `from` has answered (`answered`), or rejects after `timeoutMs`. */
  private waitFor(key: string, from: string[], timeoutMs: number, ask: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waits.delete(key);
        reject(new Error(`no answer from ${[...wait.from].join(', ')} (${key})`));
      }, timeoutMs);
      const wait = {
        from: new Set(from),
        done: () => {
          clearTimeout(timer);
          this.waits.delete(key);
          resolve();
        },
      };
      this.waits.set(key, wait);
      ask();
    });
  }

  private answered(key: string, from: string): void {
    const wait = this.waits.get(key);
    if (!wait) return;
    wait.from.delete(from);
    if (wait.from.size === 0) wait.done();
  }

  private requestSync(): void {
    this.send({ type: 'sync-request', from: this.bus.processId, stateVector: this.room.stateVector() });
  }

  private sendAwareness(): void {
    const states = this.room.localAwareness();
    if (states) this.publishAwareness(states);
  }

  private send(message: ClusterMessage): void {
    if (!this.stopped) this.bus.publish(this.channel, encodeClusterMessage(message));
  }

  private receive(bytes: Uint8Array): void {
    let message: ClusterMessage;
    try {
      message = decodeClusterMessage(bytes);
    } catch (error) {
      this.log.warn('dropping a cluster message no Samsyn process wrote', { room: this.room.name, error });
      return;
    }
    if (message.from === this.bus.processId || this.stopped) return;
    try {
      this.handle(message);
    } catch (error) {
      this.log.warn('a cluster message could not be applied', { room: this.room.name, type: message.type, error });
    }
  }

  private handle(message: ClusterMessage): void {
    switch (message.type) {
      case 'update':
        if (message.seq > 0) this.track(message.from, message.seq, message.update);
        this.room.applyRemote(message.update);
        return;
      case 'awareness':
        this.room.applyRemoteAwareness(message.update);
        return;
      case 'sync-request':
        this.answerSync(message.from, message.stateVector);
        return;
      case 'sync-reply':
        if (message.to !== this.bus.processId) return;
        this.room.applyRemote(message.update);
        // Both ways: after an outage the other process may not have heard our request, but it hears this.
        if (message.stateVector.length > 0) {
          this.send({ type: 'sync-reply', from: this.bus.processId, to: message.from, update: this.room.diffSince(message.stateVector), stateVector: new Uint8Array() });
        }
        this.answered(`sync:${this.bus.processId}`, message.from);
        return;
      case 'stored':
        this.confirm(message.from, message.seq);
        return;
      case 'freeze':
        this.locks.freeze(message.request).then(
          () => this.send({ type: 'frozen', from: this.bus.processId, request: message.request, to: message.from }),
          (error: unknown) => this.log.warn('freezing a room for another process\'s lock failed', { room: this.room.name, error }),
        );
        return;
      case 'frozen':
        if (message.to === this.bus.processId) this.answered(`frozen:${message.request}`, message.from);
        return;
      case 'thaw':
        this.locks.thaw(message.request, message.locked);
        return;
    }
  }

  /** Everything the asker lacks, this process's unstored updates under their numbers (so it can adopt them), and who is here. */
  private answerSync(to: string, stateVector: Uint8Array): void {
    this.send({ type: 'sync-reply', from: this.bus.processId, to, update: this.room.diffSince(stateVector), stateVector: this.room.stateVector() });
    for (const { seq, update } of this.room.unstoredOwn()) this.publishUpdate(update, seq);
    this.sendAwareness();
  }

  private track(from: string, seq: number, update: Uint8Array): void {
    let entry = this.unconfirmed.get(from);
    if (!entry) {
      entry = { updates: new Map(), oldest: Date.now() };
      this.unconfirmed.set(from, entry);
    }
    entry.updates.set(seq, update);
  }

  private confirm(from: string, seq: number): void {
    const entry = this.unconfirmed.get(from);
    if (!entry) return;
    for (const known of entry.updates.keys()) if (known <= seq) entry.updates.delete(known);
    if (entry.updates.size === 0) this.unconfirmed.delete(from);
    else entry.oldest = Date.now();
  }

  /** Stores the unconfirmed updates of every process the bus says is dead. */
  private async adoptFromDead(): Promise<void> {
    const now = Date.now();
    for (const [from, entry] of [...this.unconfirmed]) {
      if (now - entry.oldest < this.timing.adoptAfterMs) continue;
      if ((await this.bus.isAlive(from).catch(() => null)) !== false) continue;
      this.unconfirmed.delete(from);
      await this.adopt(from, [...entry.updates]);
    }
  }

  /**
   * One process stores what another left unstored: the one that claims its highest number first (this
   * one when the bus cannot be asked); the others holding the room know the same numbers.
   */
  private async adopt(from: string, updates: Array<[number, Uint8Array]>): Promise<void> {
    if (updates.length === 0) return;
    const highest = Math.max(...updates.map(([seq]) => seq));
    if (!(await this.bus.tryClaim(`samsyn:adopt:${this.room.name}:${from}:${highest}`, 60_000).catch(() => true))) return;
    this.log.warn('storing edits another process applied but did not store', { room: this.room.name, process: from, updates: updates.length });
    await this.room.adopt(updates.map(([, update]) => update));
  }
}
