import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log/logger';
import { ClusterUnavailableError, type ClusterBus } from '../sync/cluster';

export interface RedisBusTiming {
  /** How often this process says it is alive, and how long that lasts. */
  heartbeatMs: number;
  aliveForMs: number;
  /** How long a subscription waits for Redis before the room goes on without it (it is made once Redis is back). */
  subscribeWaitMs: number;
  /** How long a cluster-wide lock is held at most, and how long waiting for it may take. */
  lockTtlMs: number;
  lockWaitMs: number;
}

const DEFAULT_TIMING: RedisBusTiming = { heartbeatMs: 1_000, aliveForMs: 5_000, subscribeWaitMs: 1_000, lockTtlMs: 15_000, lockWaitMs: 10_000 };

const aliveKey = (processId: string) => `samsyn:process:${processId}`;
const holdersKey = (room: string) => `samsyn:holders:${room}`;

// Deletes a lock only if it is still ours (it may have expired and been taken by another process).
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * The cluster on Redis: pub/sub for the rooms' channels (one connection subscribes, one publishes and
 * asks), a heartbeat key per process, a hash per room of the processes that hold it, and SET NX locks.
 * Redis is never the record (PostgreSQL is): while it is away messages are dropped, each process goes on
 * serving its own clients, and the rooms catch up when it is back.
 */
export class RedisBus implements ClusterBus {
  readonly processId = randomUUID();
  private readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, Set<(message: Uint8Array) => void>>();
  private readonly held = new Set<string>();
  private readonly reconnectListeners = new Set<() => void>();
  private readonly heartbeat: NodeJS.Timeout;
  private wasDown = false;
  private readonly timing: RedisBusTiming;

  constructor(
    url: string,
    private readonly log: Logger,
    timing: Partial<RedisBusTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
    const options = { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: (times: number) => Math.min(200 * times, 2_000), lazyConnect: false };
    this.commands = new Redis(url, { ...options, connectionName: `samsyn:${this.processId}` });
    // The subscriber queues its SUBSCRIBEs while Redis is away, and ioredis subscribes them again on reconnect.
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null });
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.dispatch(channel.toString(), message));
    for (const client of [this.commands, this.subscriber]) {
      client.on('error', (error: Error) => this.noteDown(error));
      client.on('ready', () => this.noteUp());
    }
    this.heartbeat = setInterval(() => this.beat(), this.timing.heartbeatMs);
    this.heartbeat.unref();
    this.beat();
  }

  get connected(): boolean {
    return this.commands.status === 'ready' && this.subscriber.status === 'ready';
  }

  /** Resolves once both connections are ready (start-up), or rejects after `timeoutMs`. */
  async ready(timeoutMs = 5_000): Promise<void> {
    const started = Date.now();
    while (!this.connected) {
      if (Date.now() - started > timeoutMs) throw new ClusterUnavailableError('Redis did not answer at start-up');
      await delay(25);
    }
    // Alive before it holds any room: another process that asks who holds a room must not take it for dead.
    await this.commands.set(aliveKey(this.processId), '1', 'PX', this.timing.aliveForMs);
  }

  async subscribe(channel: string, listener: (message: Uint8Array) => void): Promise<() => void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      const subscribed = this.subscriber.subscribe(channel).catch((error: unknown) => this.log.warn('subscribing to a cluster channel failed', { channel, error }));
      await Promise.race([subscribed, delay(this.timing.subscribeWaitMs)]);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(channel);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(channel);
      this.subscriber.unsubscribe(channel).catch(() => {});
    };
  }

  publish(channel: string, message: Uint8Array): void {
    if (this.commands.status !== 'ready') return;
    this.commands.publish(channel, Buffer.from(message.buffer, message.byteOffset, message.byteLength)).catch(() => {});
  }

  hold(room: string, held: boolean): void {
    if (held) this.held.add(room);
    else this.held.delete(room);
    if (this.commands.status !== 'ready') return;
    const done = held ? this.commands.hset(holdersKey(room), this.processId, '1') : this.commands.hdel(holdersKey(room), this.processId);
    done.catch(() => {});
  }

  async holders(room: string): Promise<string[] | null> {
    if (this.commands.status !== 'ready') return null;
    try {
      const ids = (await this.commands.hkeys(holdersKey(room))).filter((id) => id !== this.processId);
      if (ids.length === 0) return [];
      const answers = (await this.commands.pipeline(ids.map((id) => ['exists', aliveKey(id)])).exec()) ?? [];
      const alive = ids.map((_, i) => answers[i]?.[1] === 1);
      const dead = ids.filter((_, i) => !alive[i]);
      if (dead.length > 0) this.commands.hdel(holdersKey(room), ...dead).catch(() => {});
      return ids.filter((_, i) => alive[i]);
    } catch {
      return null;
    }
  }

  async isAlive(processId: string): Promise<boolean | null> {
    if (this.commands.status !== 'ready') return null;
    try {
      return (await this.commands.exists(aliveKey(processId))) === 1;
    } catch {
      return null;
    }
  }

  async tryClaim(key: string, ttlMs: number): Promise<boolean> {
    return (await this.commands.set(key, this.processId, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    const started = Date.now();
    for (;;) {
      if (this.commands.status !== 'ready') throw new ClusterUnavailableError('Redis is not reachable');
      const taken = await this.commands.set(key, token, 'PX', this.timing.lockTtlMs, 'NX').catch((error: unknown) => {
        throw new ClusterUnavailableError(error instanceof Error ? error.message : String(error));
      });
      if (taken === 'OK') break;
      if (Date.now() - started > this.timing.lockWaitMs) throw new ClusterUnavailableError(`waited too long for ${key}`);
      await delay(10 + Math.random() * 20);
    }
    try {
      return await task();
    } finally {
      await this.commands.eval(RELEASE, 1, key, token).catch(() => {});
    }
  }

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    if (this.commands.status === 'ready') {
      // Said at once, so nobody waits for this process's answer or its heartbeat to expire.
      await this.commands.del(aliveKey(this.processId)).catch(() => {});
      for (const room of this.held) await this.commands.hdel(holdersKey(room), this.processId).catch(() => {});
    }
    this.commands.disconnect();
    this.subscriber.disconnect();
  }

  private beat(): void {
    if (this.commands.status === 'ready') this.commands.set(aliveKey(this.processId), '1', 'PX', this.timing.aliveForMs).catch(() => {});
  }

  private dispatch(channel: string, message: Buffer): void {
    const bytes = new Uint8Array(message.buffer, message.byteOffset, message.byteLength);
    for (const listener of this.listeners.get(channel) ?? []) listener(bytes);
  }

  private noteDown(error: Error): void {
    if (!this.wasDown) this.log.warn('Redis is not reachable; serving this process\'s own clients until it is back', { error: error.message });
    this.wasDown = true;
  }

  private noteUp(): void {
    if (!this.connected) return;
    this.beat();
    if (!this.wasDown) return;
    this.wasDown = false;
    this.log.info('Redis is reachable again; rooms catch up with the other processes');
    for (const room of this.held) this.hold(room, true);
    // ioredis sends the SUBSCRIBEs again just after 'ready': let them go first, so the answers to the rooms' catch-up are heard.
    setTimeout(() => {
      for (const listener of this.reconnectListeners) listener();
    }, 50).unref();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
