import type { Database } from '../db/database';
import type { Logger } from '../log';

/** What every handler can reach through `c.var`. */
export interface AppEnv {
  Variables: {
    database: Database;
    log: Logger;
  };
}
