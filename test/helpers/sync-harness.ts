import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { bodyJson } from '../../shared/documents/from-yjs';
import { renderText } from '../../shared/documents/render';
import * as Y from 'yjs';
import { MESSAGE, NOTICES_PARAM, type ServerNotice } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { argon2Hasher } from '../../server/auth/passwords';
import { loadConfig } from '../../server/config/config';
import { documents, users } from '../../server/db/schema';
import { DEMO_PASSWORD } from '../../server/demo/exempelkommun';
import { seedDemo } from '../../server/demo/seed';
import { createLogger, type Logger } from '../../server/log/logger';
import { startServer, type RunningServer, type StartOptions } from '../../server/server';
import type { SyncLimits } from '../../server/sync/limits';
import * as decoding from 'lib0/decoding';
import { watchServerErrors } from './server-errors';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A WebSocket class for y-websocket in Node that sends our cookie and Origin like a browser would. */
export function socketClass(cookie: string | undefined, origin: string | undefined) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      const headers: Record<string, string> = {};
      if (cookie) headers.cookie = cookie;
      if (origin) headers.origin = origin;
      super(url, protocols, { headers });
    }
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  notices: ServerNotice[];
  closes: number[];
  destroy(): void;
}

/** The real server (startServer) on a free port over a test database with the demo kommun. */
export class SyncHarness {
  server!: RunningServer;
  organisationId!: string;
  private readonly clients: TestClient[] = [];

  private constructor(readonly test: TestDatabase) {}

  /**
   * `options.log`: the server's logger (silent unless given), e.g. one that captures lines for a test;
   * `options.clock`: the server's clock; `options.rooms`: the room kinds it serves (a test's own kind added);
   * `options.goalChain`: seed the demo's goal chain too (off: tests build the goals they need);
   * `options.env`: more of the server's environment (e.g. an identity provider's SAMSYN_OIDC_* variables).
   */
  static async start(
    limits: Partial<SyncLimits> = {},
    options: { log?: Logger; clock?: () => Date; rooms?: StartOptions['rooms']; goalChain?: boolean; env?: Record<string, string> } = {},
  ): Promise<SyncHarness> {
    const harness = new SyncHarness(await createTestDatabase());
    harness.organisationId = (await seedDemo(harness.test.database.db, argon2Hasher, { goalChain: options.goalChain ?? false })).organisationId;
    const config = loadConfig({ PORT: '0', NODE_ENV: 'test', ...options.env });
    harness.server = await startServer({ config, log: watchServerErrors(options.log ?? createLogger('silent')), database: harness.test.database, syncLimits: limits, clock: options.clock, rooms: options.rooms });
    return harness;
  }

  get db() {
    return this.test.database.db;
  }

  get wsUrl(): string {
    return `${this.server.url.replace('http', 'ws')}/yjs`;
  }

  /** One HTTP API request as a browser of this origin makes it (cookie, Origin, JSON); the body read as JSON when it is. */
  api<T>(method: string, path: string, cookie: string | undefined, body?: unknown) {
    return apiAt<T>(this.server.url, method, path, cookie, body);
  }

  login(email: string, password = DEMO_PASSWORD): Promise<string> {
    return loginAt(this.server.url, email, password);
  }

  async createDocument(overrides: Partial<typeof documents.$inferInsert> = {}): Promise<string> {
    const [row] = await this.db
      .insert(documents)
      .values({ organisationId: this.organisationId, type: 'mal', title: 'Mål för Barn- och bildningsnämnden', ...overrides })
      .returning({ id: documents.id });
    return row!.id;
  }

  async userId(email: string): Promise<string> {
    return (await this.db.select().from(users).where(eq(users.email, email)))[0]!.id;
  }

  /**
   * A real y-websocket client; as Samsyn's client does, it asks for Samsyn's notices and collects them,
   * and the close codes it sees. `stock`: a y-websocket client as anyone else would open it (no notices asked, none read).
   */
  client(room: string, cookie: string | undefined, options: { origin?: string | null; doc?: Y.Doc; stock?: boolean } = {}): TestClient {
    const client = syncClient(this.wsUrl, room, cookie, options.origin === null ? undefined : (options.origin ?? this.server.url), options);
    this.clients.push(client);
    return client;
  }

  documentRoom = documentRoom;

  async stop(): Promise<void> {
    for (const client of this.clients) client.destroy();
    await this.server.stop();
    await this.test.dispose();
  }
}

/** One HTTP API request to the server at `url` as a browser of that origin makes it; the body read as JSON when it is. */
export async function apiAt<T>(url: string, method: string, path: string, cookie: string | undefined, body?: unknown): Promise<{ status: number; body: T; response: Response }> {
  const headers: Record<string, string> = { origin: url };
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.clone().json().catch(() => null)) as T, response };
}

/** Signs in at the server at `url`; the session cookie as a request header sends it. */
export async function loginAt(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

/**
 * A real y-websocket client; as Samsyn's client does, it asks for Samsyn's notices and collects them,
 * and the close codes it sees. `stock`: a y-websocket client as anyone else would open it (no notices asked, none read).
 */
export function syncClient(wsUrl: string, room: string, cookie: string | undefined, origin: string | undefined, options: { doc?: Y.Doc; stock?: boolean; maxBackoffTime?: number } = {}): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: socketClass(cookie, origin) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: options.stock ? {} : { ...NOTICES_PARAM },
    ...(options.maxBackoffTime !== undefined && { maxBackoffTime: options.maxBackoffTime }),
  });
  const notices: ServerNotice[] = [];
  const closes: number[] = [];
  if (!options.stock) {
    provider.messageHandlers[MESSAGE.samsyn] = (_encoder, decoder) => {
      notices.push(JSON.parse(decoding.readVarString(decoder)) as ServerNotice);
    };
  }
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  return {
    doc,
    provider,
    notices,
    closes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when `check` holds, polling; rejects with `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const synced = (client: TestClient) => until(() => client.provider.synced, 'the client to sync');

/** True once the server said everything this client wrote is stored (its "saved" state vector covers ours). */
function isSaved(client: TestClient): boolean {
  const own = client.doc.clientID;
  const local = Y.decodeStateVector(Y.encodeStateVector(client.doc)).get(own) ?? 0;
  if (local === 0) return true;
  const saved = [...client.notices].reverse().find((notice) => notice.type === 'saved');
  if (saved?.type !== 'saved') return false;
  return (Y.decodeStateVector(Buffer.from(saved.stateVector, 'base64')).get(own) ?? 0) >= local;
}

export const saved = (client: TestClient) => until(() => isSaved(client), 'the server to store the edits');

/** Appends a paragraph to the document body (the Tiptap XmlFragment), as typing in the editor would. */
export function typeParagraph(client: TestClient, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  client.doc.getXmlFragment('body').push([paragraph]);
}

/** The document body as plain text, one line per paragraph. */
export const bodyText = (doc: Y.Doc) => renderText(bodyJson(doc.getXmlFragment('body')));

/**
 * Each client types its own numbered markers (`[client:n]`) into the body text every `everyMs`, at
 * either end only (an insert inside another client's marker would split it); `markers()` lists every
 * one typed so far, to find on every client and in the database.
 */
export function typeMarkers(docs: Y.Doc[], everyMs: number): { written: number[]; stop(): void; markers(): string[] } {
  const written = docs.map(() => 0);
  const timer = setInterval(() => {
    docs.forEach((doc, index) => {
      const body = doc.getText('body');
      body.insert(Math.random() < 0.5 ? 0 : body.length, `[${index}:${written[index]}]`);
      written[index]! += 1;
    });
  }, everyMs);
  return {
    written,
    stop: () => clearInterval(timer),
    markers: () => docs.flatMap((_, index) => Array.from({ length: written[index]! }, (__, n) => `[${index}:${n}]`)),
  };
}
