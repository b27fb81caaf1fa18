import { and, asc, count, eq, sql } from 'drizzle-orm';
import { normaliseJoinCode } from '../../shared/workshops/join-code';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import { createGuestSession } from '../auth/guest-sessions';
import type { AppDb } from '../db/database';
import { workshopGroups, workshopParticipants, workshops } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { endOfStockholmDay } from '../../shared/calendar/stockholm-day';
import { admitJoinAttempt, forgiveJoinAttempt, joinThrottleKey } from './join-throttle';
import type { ParticipantRow, WorkshopRow } from './load';

/**
 * The workshop a typed code names, as `accept` takes it (by default as it is). Every lookup counts as a
 * guess against the address until it succeeds: not found for an unknown code (or whatever `accept` refuses),
 * then too many while guessing.
 */
export async function workshopByCode(
  db: AppDb,
  typed: string,
  ip: string,
  now: Date,
  accept: (workshop: WorkshopRow) => Promise<WorkshopRow> = async (workshop) => workshop,
): Promise<WorkshopRow> {
  const attempt = await admitJoinAttempt(db, joinThrottleKey(ip), now);
  if (!attempt.admitted) {
    const wait = attempt.retryAfterSeconds;
    throw new DomainError('too_many', 'too_many_attempts', 'workshop.error.tooManyCodes', { minutes: Math.ceil(wait / 60) }, wait);
  }
  const code = normaliseJoinCode(typed);
  const [workshop] = code ? await db.select().from(workshops).where(eq(workshops.joinCode, code)) : [];
  if (!workshop) throw new DomainError('not_found', 'unknown_code', 'workshop.error.unknownCode');
  const accepted = await accept(workshop);
  await forgiveJoinAttempt(db, attempt);
  return accepted;
}

/** The group with the fewest participants (first by position on a tie): where a newcomer sits down. */
async function emptiestGroup(db: AppDb, workshopId: string): Promise<string | null> {
  const [group] = await db
    .select({ id: workshopGroups.id })
    .from(workshopGroups)
    .leftJoin(workshopParticipants, eq(workshopParticipants.groupId, workshopGroups.id))
    .where(eq(workshopGroups.workshopId, workshopId))
    .groupBy(workshopGroups.id, workshopGroups.position)
    .orderBy(asc(count(workshopParticipants.id)), asc(workshopGroups.position))
    .limit(1);
  return group?.id ?? null;
}

/** A member joins (once: joining again returns the same participation). */
export async function joinAsMember(db: AppDb, actor: Actor & { userId: string }, workshop: WorkshopRow): Promise<ParticipantRow> {
  return db.transaction(async (tx) => {
    // One join at a time per workshop, so groups fill evenly and a double click joins once.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`workshop-join:${workshop.id}`}, 0))`);
    const mine = and(eq(workshopParticipants.workshopId, workshop.id), eq(workshopParticipants.userId, actor.userId));
    const [existing] = await tx.select().from(workshopParticipants).where(mine);
    if (existing) return existing;
    const groupId = await emptiestGroup(tx, workshop.id);
    const [participant] = await tx.insert(workshopParticipants).values({ workshopId: workshop.id, userId: actor.userId, groupId, joinedAt: actor.at }).returning();
    await audit(tx, { action: 'workshop.joined', organisationId: workshop.organisationId, actorUserId: actor.userId, targetType: 'workshop', targetId: workshop.id, details: { participantId: participant!.id }, ip: actor.ip, at: actor.at });
    return participant!;
  });
}

/**
 * A guest joins with a name and gets a session for this workshop only, ending with the workshop's day
 * in Stockholm. An archived workshop, or one whose day has passed, takes no guests (410).
 */
export async function joinAsGuest(db: AppDb, workshop: WorkshopRow, name: string, ip: string, now: Date) {
  const expiresAt = endOfStockholmDay(workshop.date);
  if (workshop.archivedAt || expiresAt.getTime() <= now.getTime()) throw new DomainError('gone', 'workshop_ended', 'workshop.error.ended');
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`workshop-join:${workshop.id}`}, 0))`);
    const groupId = await emptiestGroup(tx, workshop.id);
    const [participant] = await tx.insert(workshopParticipants).values({ workshopId: workshop.id, guestName: name, groupId, joinedAt: now }).returning();
    const { token, session } = await createGuestSession(tx, workshop.id, participant!.id, expiresAt, now);
    await audit(tx, { action: 'workshop.guest_joined', organisationId: workshop.organisationId, targetType: 'workshop', targetId: workshop.id, details: { participantId: participant!.id, name }, ip, at: now });
    return { participant: participant!, token, session };
  });
}
