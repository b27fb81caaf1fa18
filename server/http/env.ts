import type { GuestPrincipal } from '../auth/guest-sessions';
import type { Principal } from '../auth/principal';
import type { PasswordHasher } from '../auth/passwords';
import type { CookiePolicy } from '../auth/cookie';
import type { OidcConfig } from '../config/oidc-env';
import type { OidcClients } from '../oidc/oidc-clients';
import type { Database } from '../db/database';
import type { AccessEvents } from '../events/access-events';
import type { ClusterBus } from '../sync/cluster';
import type { RoomWriter } from '../sync/room-writer';
import type { SyncStats } from '../sync/sync-server';
import type { Logger } from '../log/logger';

/** What the app is built from; tests pass a fake clock or a counting hasher here. */
export interface Services {
  database: Database;
  log: Logger;
  clock: () => Date;
  passwords: PasswordHasher;
  cookies: CookiePolicy;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Where routes announce changes of rights (the sync server re-checks open connections). */
  events: AccessEvents;
  /** The one way the server writes and reads rooms (comments, control, restore, a lock's frozen state …): the live room when the sync server runs. */
  rooms: RoomWriter;
  /** Sign-in through identity providers: the secret key, the public address, a provider set by the environment. */
  oidc: OidcConfig;
  /** openid-client configurations per provider (discovery read once, kept a while). */
  oidcClients: OidcClients;
  /** Live figures of the sync server, when one runs (admin metrics). */
  syncStats?: () => SyncStats;
  /** The other processes, when several serve the same rooms (REDIS_URL): the health check says whether they are reachable. */
  cluster?: Pick<ClusterBus, 'connected'>;
}

/** What every handler can reach through `c.var`. */
export interface AppEnv {
  Variables: {
    services: Services;
    database: Database;
    log: Logger;
    /** The signed-in user, or null (set by the authenticate middleware). */
    principal: Principal | null;
    /** A guest of one workshop when there is no member session (never a principal: see requirePrincipal). */
    guest: GuestPrincipal | null;
  };
}
