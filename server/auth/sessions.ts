import { and, eq, inArray, ne } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { sessions } from '../db/schema';
import type { SessionMethod } from '../../shared/auth/session-method';
import { hashSecret, newToken, parseToken, secretMatches } from './session-token';

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** Sliding expiry: a session used when less than half its lifetime remains is extended. */
const SESSION_RENEW_BELOW_MS = SESSION_LIFETIME_MS / 2;

export interface SessionRecord {
  id: string;
  userId: string;
  organisationId: string;
  expiresAt: Date;
  method: SessionMethod;
}

export async function createSession(db: AppDb, userId: string, organisationId: string, now: Date, method: SessionMethod = 'password') {
  const { id, secret, token } = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.insert(sessions).values({ id, secretHash: hashSecret(secret), userId, organisationId, expiresAt, method, createdAt: now });
  return { token, session: { id, userId, organisationId, expiresAt, method } satisfies SessionRecord };
}

export interface ValidatedSession {
  session: SessionRecord;
  /** True when the expiry moved and the cookie must be sent again. */
  renewed: boolean;
}

/** Finds the session for a cookie token; expired sessions are deleted, nearly expired ones extended. */
export async function validateSessionToken(db: AppDb, token: string, now: Date): Promise<ValidatedSession | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  const [row] = await db.select().from(sessions).where(eq(sessions.id, parts.id));
  return row ? checkSession(db, row, parts.secret, now) : null;
}

type SessionRow = typeof sessions.$inferSelect;

/** The stored sessions with these ids, by id (one query for a burst of connections). */
export async function findSessionRows(db: AppDb, ids: string[]): Promise<Map<string, SessionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(sessions).where(inArray(sessions.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Judges a token's secret against its stored session: expired sessions are deleted, nearly expired ones extended. */
export async function checkSession(db: AppDb, row: SessionRow, secret: string, now: Date): Promise<ValidatedSession | null> {
  if (!secretMatches(secret, row.secretHash)) return null;
  if (row.expiresAt.getTime() <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, row.id));
    return null;
  }
  const session: SessionRecord = { id: row.id, userId: row.userId, organisationId: row.organisationId, expiresAt: row.expiresAt, method: row.method };
  if (row.expiresAt.getTime() - now.getTime() >= SESSION_RENEW_BELOW_MS) return { session, renewed: false };
  session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, row.id));
  return { session, renewed: true };
}

export async function invalidateSession(db: AppDb, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs a user out everywhere (password change, reset, deactivation); optionally keeps one session. */
export async function invalidateUserSessions(db: AppDb, userId: string, keepSessionId?: string): Promise<void> {
  const mine = eq(sessions.userId, userId);
  await db.delete(sessions).where(keepSessionId ? and(mine, ne(sessions.id, keepSessionId)) : mine);
}

/** A session by id, if it still exists and has not expired (re-checking open WebSocket connections). */
export async function findLiveSession(db: AppDb, sessionId: string, now: Date): Promise<SessionRecord | null> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return { id: row.id, userId: row.userId, organisationId: row.organisationId, expiresAt: row.expiresAt, method: row.method };
}
