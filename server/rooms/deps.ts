import type { AppDb } from '../db/database';
import type { Logger } from '../log/logger';

/** What a room kind is built with (by the composition root, server/server.ts). */
export interface RoomKindDeps {
  db: AppDb;
  log: Logger;
  /** The server's clock (tests move it). */
  clock: () => Date;
}
