import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { createApp } from './app';
import { argon2Hasher } from './auth/passwords';
import type { Config } from './config/config';
import type { Database } from './db/database';
import { openDatabase } from './db/open';
import { isDatabaseEmpty, seedDemo } from './demo/seed';
import { AccessEvents } from './events/access-events';
import { ShutdownTasks } from './lifecycle';
import type { RoomKindDeps } from './rooms/deps';
import { roomKinds } from './rooms/registry';
import { rebuildGoalRegister } from './goals/refresh-register';
import { relayAccessEvents } from './cluster/access-relay';
import { SyncServer } from './sync/sync-server';
import type { SyncLimits } from './sync/limits';
import { RoomKinds, type RoomKind } from './sync/room-kind';
import type { Logger } from './log/logger';

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  sync: SyncServer;
  events: AccessEvents;
  shutdownTasks: ShutdownTasks;
  /** Stop accepting, finish what is pending, close the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  log: Logger;
  /** Use this database instead of opening one from the config (tests). It is closed on stop. */
  database?: Database;
  syncLimits?: Partial<SyncLimits>;
  /** The server's clock (tests move it to reach a session's expiry). */
  clock?: () => Date;
  /** The room kinds the sync server serves (default: server/rooms/registry.ts; a test adds its own). */
  rooms?: (deps: RoomKindDeps) => RoomKind[];
}

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    if (server.listening) return resolve(server.address() as AddressInfo);
    server.once('listening', () => resolve(server.address() as AddressInfo));
    server.once('error', reject);
  });
}

/** Opens and migrates the database, seeds the demo kommun on an empty embedded one, and listens. */
export async function startServer({ config, log, database: given, syncLimits, clock, rooms = roomKinds }: StartOptions): Promise<RunningServer> {
  const database = given ?? (await openDatabase(config));
  try {
    await database.migrate();
    if (database.driver === 'pglite' && (await isDatabaseEmpty(database.db))) {
      await seedDemo(database.db, argon2Hasher);
      log.info('created the demo kommun Exempelkommun on the empty embedded database');
    }
  } catch (error) {
    await database.close();
    throw error;
  }

  const events = new AccessEvents();
  let cluster: import('./cluster/redis-bus').RedisBus | undefined;
  let stopRelay: (() => void) | undefined;
  if (config.redisUrl) {
    // ioredis is loaded only where it is used: a single process need not hold its ~20 MB.
    const { RedisBus } = await import('./cluster/redis-bus');
    cluster = new RedisBus(config.redisUrl, log);
    try {
      await cluster.ready();
      stopRelay = await relayAccessEvents(events, cluster, log);
    } catch (error) {
      await cluster.close();
      await database.close();
      throw error;
    }
    log.info('serving rooms together with the other Samsyn processes on Redis', { process: cluster.processId });
  }
  const sync = new SyncServer({
    database,
    log,
    events,
    clock,
    cluster,
    kinds: new RoomKinds(rooms({ db: database.db, log, clock: clock ?? (() => new Date()) })),
    limits: { maxConnectionsPerUser: config.syncMaxConnectionsPerUser, maxConnectionsPerRoom: config.syncMaxConnectionsPerRoom, ...syncLimits },
  });
  const app = createApp({
    database,
    log,
    events,
    sync,
    clock,
    trustProxy: config.trustProxy,
    maxBodyBytes: config.maxBodyBytes,
    cluster,
    cookies: { alwaysSecure: config.nodeEnv === 'production' },
    oidc: config.oidc,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: sync.limits.maxFrameBytes });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } }) as Server;
  let address: AddressInfo;
  try {
    address = await listen(server);
  } catch (error) {
    await database.close();
    throw error;
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  // In the background: an upgrade that brought the goal register reads the måldokument it has never read.
  void rebuildGoalRegister(database.db, 'unread').then(
    (read) => read > 0 && log.info('read måldokument into the goal register', { documents: read }),
    (error: unknown) => log.warn('reading måldokument into the goal register failed; each is read again when next edited', { error }),
  );
  const shutdownTasks = new ShutdownTasks();
  shutdownTasks.add('store pending sync updates', () => sync.shutdown());
  if (cluster) {
    const bus = cluster;
    shutdownTasks.add('leave the cluster', async () => {
      stopRelay?.();
      await bus.close();
    });
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      // Stop accepting, let the tasks close sockets and store what is pending, then close the rest.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await shutdownTasks.runAll(log);
      for (const client of wss.clients) client.terminate();
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(forced);
      await database.close();
    })();
    return stopping;
  };

  return { url: `http://${host}:${address.port}`, port: address.port, database, sync, events, shutdownTasks, stop };
}
