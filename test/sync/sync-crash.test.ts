import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { documents } from '../../server/db/schema';
import { loadDocState } from '../../server/sync/doc-store';
import { prepareDatabase, type PreparedDatabase } from '../helpers/prepared-database';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { socketClass, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { WebsocketProvider } from 'y-websocket';

const CLIENTS = 20;

// The real built server in a child process, killed with SIGKILL while 20 clients type.
describe(`crash of the sync server on ${driverUnderTest}`, () => {
  let prepared: PreparedDatabase | undefined;
  let server: ServerProcess | undefined;
  const providers: WebsocketProvider[] = [];
  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await server?.stop('SIGKILL');
    await prepared?.dispose();
  });

  it('loses no edit: clients reconnect and every edit is everywhere and in the database', { timeout: 120_000 }, async () => {
    let documentId = '';
    prepared = await prepareDatabase(async (database, organisationId) => {
      const [row] = await database.db.insert(documents).values({ organisationId, type: 'omvarldsanalys', title: 'Omvärldsanalys 2027' }).returning();
      documentId = row!.id;
    });
    const port = await freePort();
    const env = { ...prepared.env, NODE_ENV: 'production' };
    server = await startServerProcess(env, port);
    const url = server.url;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: 'politiker@exempelkommun.se', password: 'samsyn-demo' }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;

    const docs = Array.from({ length: CLIENTS }, () => new Y.Doc());
    for (const doc of docs) {
      providers.push(
        new WebsocketProvider(`${url.replace('http', 'ws')}/yjs`, documentRoom(documentId), doc, {
          WebSocketPolyfill: socketClass(cookie, url) as unknown as typeof globalThis.WebSocket,
          disableBc: true,
          maxBackoffTime: 500,
        }),
      );
    }
    await until(() => providers.every((provider) => provider.synced), 'all clients to sync', 20_000);

    // Each client types its own markers; the server is killed in the middle and typing goes on.
    const written = docs.map(() => 0);
    const type = () =>
      docs.forEach((doc, index) => {
        const text = doc.getText('body');
        // At the start or the end only: an insert inside another client's marker would split it.
        text.insert(Math.random() < 0.5 ? 0 : text.length, `[${index}:${written[index]}]`);
        written[index]! += 1;
      });
    const typing = setInterval(type, 25);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await server.stop('SIGKILL')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 700));
    server = await startServerProcess(env, port);
    await new Promise((resolve) => setTimeout(resolve, 500));
    clearInterval(typing);

    const markers = docs.flatMap((_, index) => Array.from({ length: written[index]! }, (__, n) => `[${index}:${n}]`));
    const hasAll = (text: string) => markers.every((marker) => text.includes(marker));
    try {
      await until(() => docs.every((doc) => hasAll(doc.getText('body').toString())), 'every client to hold every edit', 30_000);
    } catch (error) {
      process.stderr.write(`connected=${providers.filter((p) => p.wsconnected).length} synced=${providers.filter((p) => p.synced).length}\n`);
      for (const [i, doc] of docs.entries()) process.stderr.write(`client ${i} missing ${markers.filter((m) => !doc.getText('body').toString().includes(m)).length}\n`);
      process.stderr.write(server.output().slice(-3000));
      throw error;
    }
    const final = docs[0]!.getText('body').toString();
    expect(docs.every((doc) => doc.getText('body').toString() === final)).toBe(true);

    // A graceful stop stores what is pending; then the database must hold every edit.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const provider of providers) provider.destroy();
    expect(await server.stop('SIGTERM')).toBe(0);
    const database = await prepared.open();
    try {
      const doc = await loadDocState(database.db, documentRoom(documentId));
      expect(hasAll(doc.getText('body').toString())).toBe(true);
      expect(doc.getText('body').toString()).toBe(final);
    } finally {
      await prepared.release(database);
    }
    expect(markers.length).toBeGreaterThan(CLIENTS * 40);
  });
});
