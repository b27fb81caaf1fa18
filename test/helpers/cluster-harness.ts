import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { docSnapshots, docUpdates, documents } from '../../server/db/schema';
import type { Database } from '../../server/db/database';
import { startHaproxy, type LoadBalancer } from './haproxy';
import { prepareDatabase, type PreparedDatabase } from './prepared-database';
import { startRedis, type RedisServer } from './redis-server';
import { startServerProcess, freePort, type ServerProcess } from './server-process';
import { apiAt, loginAt, syncClient, type TestClient } from './sync-harness';

/**
 * Several built Samsyn processes on one PostgreSQL test database and one throwaway Redis, optionally
 * behind HAProxy: what a kommun's IT runs, on loopback.
 */
export class ClusterHarness {
  readonly processes: ServerProcess[] = [];
  private readonly ports: number[] = [];
  proxy: LoadBalancer | undefined;
  private readonly clients: TestClient[] = [];
  organisationId = '';

  private constructor(
    readonly prepared: PreparedDatabase,
    readonly redis: RedisServer,
    private readonly extraEnv: Record<string, string>,
  ) {}

  /** `env`: more variables for every process (the benchmark's connection limits). */
  static async start({ processes = 2, proxy = false, env = {} }: { processes?: number; proxy?: boolean; env?: Record<string, string> } = {}): Promise<ClusterHarness> {
    let organisationId = '';
    const prepared = await prepareDatabase(async (_database, id) => {
      organisationId = id;
    });
    const harness = new ClusterHarness(prepared, await startRedis(), env);
    harness.organisationId = organisationId;
    for (let i = 0; i < processes; i++) harness.ports.push(await freePort());
    await Promise.all(harness.ports.map((_, i) => harness.startProcess(i)));
    if (proxy) harness.proxy = await startHaproxy(harness.processes.map((process) => process.url));
    return harness;
  }

  get env(): Record<string, string> {
    return { ...this.prepared.env, REDIS_URL: this.redis.url, NODE_ENV: 'production', ...this.extraEnv };
  }

  /** (Re)starts process `i` on its own port. */
  async startProcess(i: number): Promise<ServerProcess> {
    const started = await startServerProcess(this.env, this.ports[i]);
    this.processes[i] = started;
    return started;
  }

  async db(): Promise<Database> {
    return this.prepared.open();
  }

  url(i: number): string {
    return this.processes[i]!.url;
  }

  /** Where clients go: the load balancer when there is one. */
  get entry(): string {
    return this.proxy?.url ?? this.url(0);
  }

  login(url: string, email: string): Promise<string> {
    return loginAt(url, email);
  }

  api<T>(url: string, method: string, path: string, cookie: string | undefined, body?: unknown) {
    return apiAt<T>(url, method, path, cookie, body);
  }

  client(url: string, room: string, cookie: string, options: { maxBackoffTime?: number } = {}): TestClient {
    const client = syncClient(`${url.replace('http', 'ws')}/yjs`, room, cookie, url, options);
    this.clients.push(client);
    return client;
  }

  async createDocument(title = 'Omvärldsanalys 2027', type: 'omvarldsanalys' | 'mal' = 'omvarldsanalys'): Promise<string> {
    const db = (await this.db()).db;
    const [row] = await db.insert(documents).values({ organisationId: this.organisationId, type, title }).returning({ id: documents.id });
    return row!.id;
  }

  /** The stored state of a document's room as a Y.Doc, and every stored row's structs (to find an update stored twice). */
  async stored(documentId: string): Promise<{ doc: Y.Doc; duplicates: number }> {
    const db = (await this.db()).db;
    const room = documentRoom(documentId);
    const [snapshot] = await db.select().from(docSnapshots).where(eq(docSnapshots.docId, room));
    const rows = await db.select().from(docUpdates).where(eq(docUpdates.docId, room));
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot.state);
    const seen = new Set<string>();
    let duplicates = 0;
    for (const row of rows) {
      Y.applyUpdate(doc, row.update);
      for (const struct of Y.decodeUpdate(row.update).structs) {
        for (let clock = struct.id.clock; clock < struct.id.clock + struct.length; clock++) {
          const key = `${struct.id.client}:${clock}`;
          if (seen.has(key)) duplicates += 1;
          seen.add(key);
        }
      }
    }
    return { doc, duplicates };
  }

  async stop(): Promise<void> {
    for (const client of this.clients) client.destroy();
    await this.proxy?.stop();
    await Promise.all(this.processes.map((process) => process.stop('SIGKILL')));
    await this.redis.stop();
    await this.prepared.dispose();
  }
}
