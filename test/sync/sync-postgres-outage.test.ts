import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { argon2Hasher } from '../../server/auth/passwords';
import { loadConfig } from '../../server/config/config';
import { documents } from '../../server/db/schema';
import { openPostgres } from '../../server/db/postgres';
import { seedDemo } from '../../server/demo/seed';
import { createLogger } from '../../server/log/logger';
import { startServer, type RunningServer } from '../../server/server';
import { loadDocState } from '../../server/sync/doc-store';
import { socketClass, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwaway-postgres';
import { WebsocketProvider } from 'y-websocket';

// Only a real server can go away and come back; CI's PostgreSQL run always runs this.
describe.runIf(driverUnderTest === 'postgres')('PostgreSQL outage during editing', () => {
  let pg: ThrowawayPostgres | undefined;
  let server: RunningServer | undefined;
  const providers: WebsocketProvider[] = [];
  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await server?.stop();
    pg?.destroy();
  });

  it('keeps serving from memory for 10 s without the database, then stores everything', { timeout: 90_000 }, async () => {
    pg = await startThrowawayPostgres();
    const database = await openPostgres(pg.url);
    await database.migrate();
    const { organisationId } = await seedDemo(database.db, argon2Hasher);
    const [document] = await database.db.insert(documents).values({ organisationId, type: 'mal', title: 'Mål 2027' }).returning();
    const errors: string[] = [];
    const log = createLogger('json', 'info', (line) => {
      if (line.includes('"level":"error"')) errors.push(line);
    });
    server = await startServer({ config: loadConfig({ PORT: '0', NODE_ENV: 'test' }), log, database, syncLimits: { retryMaxMs: 1000 } });
    const url = server.url;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: 'tjansteperson@exempelkommun.se', password: 'samsyn-demo' }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (const doc of docs) {
      providers.push(
        new WebsocketProvider(`${url.replace('http', 'ws')}/yjs`, documentRoom(document!.id), doc, {
          WebSocketPolyfill: socketClass(cookie, url) as unknown as typeof globalThis.WebSocket,
          disableBc: true,
        }),
      );
    }
    await until(() => providers.every((provider) => provider.synced), 'sync');

    let n = 0;
    const type = () => {
      for (const [i, doc] of docs.entries()) doc.getText('body').insert(doc.getText('body').length, `[${i}:${n++}]`);
    };
    const typing = setInterval(type, 50);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    pg.stop();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    // While the database was away the room kept serving: everyone saw everyone's edits.
    const during = docs[0]!.getText('body').toString();
    expect(docs.every((doc) => doc.getText('body').length > 0)).toBe(true);
    pg.start();
    clearInterval(typing);
    await until(() => docs.every((doc) => doc.getText('body').toString() === docs[0]!.getText('body').toString()), 'convergence');
    const final = docs[0]!.getText('body').toString();
    expect(final.length).toBeGreaterThan(during.length - 1);
    expect(errors.some((line) => line.includes('storing sync updates failed'))).toBe(true);

    await until(async () => {
      await server!.sync.flushAll();
      return server!.sync.stats().pendingWriteBytes === 0;
    }, 'the backlog to drain', 30_000);
    const doc = await loadDocState(database.db, documentRoom(document!.id));
    expect(doc.getText('body').toString()).toBe(final);
    expect(n).toBeGreaterThan(150);
  });
});
