import { and, eq, isNull } from 'drizzle-orm';
import type { GuestSubject } from '../../shared/auth/permissions';
import type { AppDb } from '../db/database';
import { guestSessions, workshopParticipants, workshops } from '../db/schema';
import { hashSecret, newToken, parseToken, secretMatches } from './session-token';

/** A guest's session: one workshop, one participant, until the end of the workshop's day (no sliding). */
interface GuestSessionRecord {
  id: string;
  workshopId: string;
  participantId: string;
  expiresAt: Date;
}

/** Who is behind a guest cookie: a participant of one workshop, never a member (`requirePrincipal` refuses them). */
export interface GuestPrincipal {
  session: GuestSessionRecord;
  participant: { id: string; name: string; groupId: string | null };
  subject: GuestSubject;
}

export async function createGuestSession(db: AppDb, workshopId: string, participantId: string, expiresAt: Date, now: Date) {
  const { id, secret, token } = newToken();
  await db.insert(guestSessions).values({ id, secretHash: hashSecret(secret), workshopId, participantId, expiresAt, createdAt: now });
  return { token, session: { id, workshopId, participantId, expiresAt } satisfies GuestSessionRecord };
}

/** The live guest session for an id (expired ones are deleted), with its participant as now stored. */
async function loadGuest(db: AppDb, sessionId: string, now: Date, secret?: string): Promise<GuestPrincipal | null> {
  const [row] = await db
    .select({ session: guestSessions, participant: workshopParticipants, organisationId: workshops.organisationId })
    .from(guestSessions)
    .innerJoin(workshopParticipants, eq(workshopParticipants.id, guestSessions.participantId))
    .innerJoin(workshops, eq(workshops.id, guestSessions.workshopId))
    .where(and(eq(guestSessions.id, sessionId), isNull(workshops.archivedAt)));
  if (!row || (secret !== undefined && !secretMatches(secret, row.session.secretHash))) return null;
  if (row.session.expiresAt.getTime() <= now.getTime()) {
    await db.delete(guestSessions).where(eq(guestSessions.id, sessionId));
    return null;
  }
  const { session, participant } = row;
  return {
    session: { id: session.id, workshopId: session.workshopId, participantId: session.participantId, expiresAt: session.expiresAt },
    participant: { id: participant.id, name: participant.guestName ?? '', groupId: participant.groupId },
    subject: { kind: 'guest', organisationId: row.organisationId, workshopId: session.workshopId, participantId: participant.id },
  };
}

/** The guest behind a cookie token, or null (unknown, wrong secret, expired, or the workshop archived). */
export async function validateGuestToken(db: AppDb, token: string, now: Date): Promise<GuestPrincipal | null> {
  const parts = parseToken(token);
  return parts ? loadGuest(db, parts.id, now, parts.secret) : null;
}

/** A guest session by id, if still live (re-checking open WebSocket connections). */
export const findLiveGuest = (db: AppDb, sessionId: string, now: Date) => loadGuest(db, sessionId, now);

export async function invalidateGuestSession(db: AppDb, sessionId: string): Promise<void> {
  await db.delete(guestSessions).where(eq(guestSessions.id, sessionId));
}
