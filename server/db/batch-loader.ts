/**
 * Loads keys in batches: the keys asked for in one turn of the event loop, or while the previous batch
 * is on its way, go to the database together, and a key asked for twice in a batch is loaded once. A
 * burst of 300 reconnecting sockets then costs a handful of queries instead of a few per socket. A key
 * asked for while a batch is on its way waits for the next one: no answer comes from a query that
 * began before it was asked.
 */
export class BatchLoader<K, V> {
  private queued = new Map<K, { promise: Promise<V | undefined>; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }>();
  private running = false;
  private scheduled = false;

  /**
   * `loadMany` answers for the keys it knows; a key it leaves out resolves to undefined. `windowMs`: how
   * long a batch's first key waits for others (a burst's sockets arrive a few ms apart); 0, the default,
   * waits only for the current turn of the event loop, so a caller that loads one key after another
   * (re-checking connections in turn) is not slowed down.
   */
  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly windowMs = 0,
  ) {}

  load(key: K): Promise<V | undefined> {
    const queued = this.queued.get(key);
    if (queued) return queued.promise;
    let resolve!: (value: V | undefined) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<V | undefined>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.queued.set(key, { promise, resolve, reject });
    this.schedule();
    return promise;
  }

  private schedule(): void {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    const start = () => {
      this.scheduled = false;
      void this.run();
    };
    if (this.windowMs > 0) setTimeout(start, this.windowMs);
    else setImmediate(start);
  }

  private async run(): Promise<void> {
    const batch = this.queued;
    this.queued = new Map();
    this.running = true;
    try {
      const loaded = await this.loadMany([...batch.keys()]);
      for (const [key, waiting] of batch) waiting.resolve(loaded.get(key));
    } catch (error) {
      for (const waiting of batch.values()) waiting.reject(error);
    } finally {
      this.running = false;
      if (this.queued.size > 0) this.schedule();
    }
  }
}
