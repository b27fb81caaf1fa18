import type { Hono } from 'hono';
import { createApp } from '../../server/app';
import { argon2Hasher, type PasswordHasher } from '../../server/auth/passwords';
import { SESSION_COOKIE } from '../../server/auth/cookie';
import { seedDemo } from '../../server/demo/seed';
import { DEMO_PASSWORD } from '../../server/demo/exempelkommun';
import type { OidcConfig } from '../../server/config/oidc-env';
import { AccessEvents } from '../../server/events/access-events';
import type { AppEnv } from '../../server/http/env';
import { createLogger } from '../../server/log/logger';
import { watchServerErrors } from './server-errors';
import { createTestDatabase, truncateAll, type TestDatabase } from './test-database';

/** A clock the test moves by hand (sessions, expiry, rate-limit windows). */
export class FakeClock {
  constructor(public now = new Date('2027-01-15T09:00:00Z')) {}
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
  readonly read = () => this.now;
}

/** The real argon2 hasher, counting its calls (to prove the timing-safe path runs it). */
class CountingHasher implements PasswordHasher {
  verifyCalls = 0;
  hash(password: string) {
    return argon2Hasher.hash(password);
  }
  verify(passwordHash: string, password: string) {
    this.verifyCalls += 1;
    return argon2Hasher.verify(passwordHash, password);
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
}

/** The app in memory over a real test database with the demo kommun, called like a browser would. */
export class AppHarness {
  readonly clock = new FakeClock();
  readonly hasher = new CountingHasher();
  app!: Hono<AppEnv>;
  organisationId!: string;
  /** Sign-in through identity providers (SAMSYN_SECRET_KEY and the like), as the environment would give it. */
  oidc: OidcConfig | undefined;
  /** The app's announcements of changed rights (a test listens for a session's end). */
  readonly events = new AccessEvents();
  /** When an array: the app's log lines (JSON) are kept here, for a test of what is logged. */
  logLines: string[] | null = null;

  private constructor(readonly test: TestDatabase) {}

  static async create(): Promise<AppHarness> {
    const harness = new AppHarness(await createTestDatabase());
    harness.rebuildApp();
    return harness;
  }

  get db() {
    return this.test.database.db;
  }

  /** A new app over the same database, as after a server restart. */
  rebuildApp(options: { trustProxy?: boolean; alwaysSecure?: boolean } = {}): void {
    const lines = this.logLines;
    this.app = createApp({
      database: this.test.database,
      log: watchServerErrors(lines ? createLogger('json', 'info', (line) => lines.push(line)) : createLogger('silent')),
      events: this.events,
      oidc: this.oidc,
      clock: this.clock.read,
      passwords: this.hasher,
      trustProxy: options.trustProxy ?? true,
      cookies: { alwaysSecure: options.alwaysSecure ?? false },
    });
  }

  async reset(): Promise<void> {
    await truncateAll(this.test.database);
    this.clock.now = new Date('2027-01-15T09:00:00Z');
    this.organisationId = (await seedDemo(this.db, argon2Hasher, { goalChain: false })).organisationId;
    this.rebuildApp();
  }

  request(path: string, { method = 'GET', body, cookie, headers = {} }: RequestOptions = {}): Promise<Response> {
    const all: Record<string, string> = { ...headers };
    if (body !== undefined) all['content-type'] = 'application/json';
    if (cookie) all.cookie = cookie;
    // A browser on our own page: same-origin writes (tests of the CSRF check override this).
    if (method !== 'GET' && !('origin' in all) && !('sec-fetch-site' in all)) all.origin = 'http://localhost';
    return Promise.resolve(this.app.request(`http://localhost${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) }));
  }

  /** Logs in and returns the cookie header value for later requests. */
  async login(email: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}): Promise<string> {
    const response = await this.request('/api/auth/login', { method: 'POST', body: { email, password }, headers });
    if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${await response.text()}`);
    return sessionCookieFrom(response)!;
  }

  dispose(): Promise<void> {
    return this.test.dispose();
  }
}

/** `samsyn_session=<token>` from a response's Set-Cookie, or null when it sets none. */
export function sessionCookieFrom(response: Response): string | null {
  const header = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return null;
  return header.split(';')[0]!;
}

export function setCookieHeader(response: Response): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
}
