import type { AppDb } from '../db/database';
import type { AccessChange, AccessEvents } from '../events/access-events';
import { BatchLoader } from '../db/batch-loader';
import { loadPrincipals, type Principal } from './principal';
import { checkSession, findSessionRows, type ValidatedSession } from './sessions';
import { parseToken } from './session-token';

export interface ResolvedSession {
  principal: Principal;
  /** The session's expiry moved: the cookie must be sent again. */
  renewed: boolean;
}

interface Entry {
  sessionId: string;
  loadedAt: number;
  promise: Promise<ResolvedSession | undefined>;
  /** The principal once loaded; undefined while the load is on its way. */
  loaded?: Principal;
}

/** Long enough to cover a burst of reconnects and the several rooms one page opens; short enough that nothing unannounced lingers. */
const DEFAULT_TTL_MS = 5000;
/**
 * Upgrades alone ask here, never a loop of re-checks: 10 ms, unnoticed on a connect, gathers a burst's
 * cookies into a handful of batches (measured, 300 cold cookies: 7 batches; 3 ms gave 37-79).
 */
const BATCH_WINDOW_MS = 10;
/** Tokens kept at most (each is a few hundred bytes), so a flood of cookies cannot grow the cache without bound. */
const MAX_ENTRIES = 10_000;

/**
 * A session cookie to its principal for the live connections' upgrades: a burst of reconnecting sockets
 * is validated in one batch (BatchLoader), the same cookie is looked up once (single-flight), and the
 * answer is kept a few seconds. Every announced change of rights forgets what it may concern at once
 * (AccessEvents, before the announcing route has answered): a logout forgets its session, a role change
 * or a deactivation its user, a setting its organisation, and either of the last two every lookup still
 * on its way, since it may have read the row before the change.
 */
export class SessionPrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loader: BatchLoader<string, ResolvedSession>;

  constructor(
    db: AppDb,
    events: AccessEvents,
    private readonly clock: () => Date,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {
    this.loader = new BatchLoader((tokens) => loadMany(db, tokens, this.clock()), BATCH_WINDOW_MS);
    events.onChanged(async (change) => this.forget(change));
  }

  async resolve(token: string): Promise<ResolvedSession | null> {
    const parts = parseToken(token);
    if (!parts) return null;
    let entry = this.entries.get(token);
    if (entry && !this.fresh(entry)) {
      this.entries.delete(token);
      entry = undefined;
    }
    const first = !entry;
    if (!entry) entry = this.add(token, parts.id);
    const resolved = await entry.promise;
    return resolved ? { principal: resolved.principal, renewed: first && resolved.renewed } : null;
  }

  private fresh(entry: Entry): boolean {
    if (performance.now() - entry.loadedAt > this.ttlMs) return false;
    return !entry.loaded || entry.loaded.session.expiresAt.getTime() > this.clock().getTime();
  }

  private add(token: string, sessionId: string): Entry {
    if (this.entries.size >= MAX_ENTRIES) this.trim();
    const entry: Entry = { sessionId, loadedAt: performance.now(), promise: this.loader.load(token) };
    this.entries.set(token, entry);
    // Nothing is kept of a cookie that leads nowhere, or of a failed lookup (the next socket asks again).
    const drop = () => this.entries.get(token) === entry && this.entries.delete(token);
    entry.promise.then((resolved) => {
      if (resolved) entry.loaded = resolved.principal;
      else drop();
    }, drop);
    return entry;
  }

  private trim(): void {
    for (const [token, entry] of this.entries) if (!this.fresh(entry)) this.entries.delete(token);
    // Still full of fresh ones: the oldest go first (a Map keeps insertion order).
    for (const token of this.entries.keys()) {
      if (this.entries.size < MAX_ENTRIES) break;
      this.entries.delete(token);
    }
  }

  private forget(change: AccessChange): void {
    const concerned = (entry: Entry): boolean => {
      switch (change.kind) {
        case 'session':
          return entry.sessionId === change.sessionId;
        case 'user':
          return !entry.loaded || entry.loaded.user.id === change.userId;
        case 'organisation':
          return !entry.loaded || entry.loaded.organisation.id === change.organisationId;
        default:
          // A document's or a workshop's change is judged by the room's access, never kept here.
          return false;
      }
    };
    for (const [token, entry] of this.entries) if (concerned(entry)) this.entries.delete(token);
  }
}

/** One burst's cookies: the sessions in one query, their principals in two more. */
async function loadMany(db: AppDb, tokens: string[], now: Date): Promise<Map<string, ResolvedSession>> {
  const parsed = tokens.flatMap((token) => {
    const parts = parseToken(token);
    return parts ? [{ token, ...parts }] : [];
  });
  const rows = await findSessionRows(db, [...new Set(parsed.map((parts) => parts.id))]);
  const validated = new Map<string, ValidatedSession>();
  for (const { token, id, secret } of parsed) {
    const row = rows.get(id);
    const session = row && (await checkSession(db, row, secret, now));
    if (session) validated.set(token, session);
  }
  const principals = await loadPrincipals(db, [...validated.values()].map((v) => v.session));
  const resolved = new Map<string, ResolvedSession>();
  for (const [token, { session, renewed }] of validated) {
    const principal = principals.get(session.id);
    if (principal) resolved.set(token, { principal, renewed });
  }
  return resolved;
}
