import { asc, eq } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { users, workshopParticipants } from '../db/schema';

/** Who joined a workshop and where they sit (for its facilitator). */
export async function participantsOf(db: AppDb, workshopId: string) {
  const rows = await db
    .select({ participant: workshopParticipants, userName: users.name })
    .from(workshopParticipants)
    .leftJoin(users, eq(users.id, workshopParticipants.userId))
    .where(eq(workshopParticipants.workshopId, workshopId))
    .orderBy(asc(workshopParticipants.joinedAt), asc(workshopParticipants.id));
  return rows.map(({ participant, userName }) => ({
    id: participant.id,
    name: participant.guestName ?? userName ?? '',
    guest: participant.userId === null,
    userId: participant.userId,
    groupId: participant.groupId,
    joinedAt: participant.joinedAt.toISOString(),
  }));
}
