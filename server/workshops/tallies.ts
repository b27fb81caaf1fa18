import { count, eq } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { workshopVotes } from '../db/schema';

/** Votes per card in a workshop: what the control room shows once the facilitator reveals. */
export async function tallies(db: AppDb, workshopId: string): Promise<Record<string, number>> {
  const rows = await db.select({ cardId: workshopVotes.cardId, votes: count() }).from(workshopVotes).where(eq(workshopVotes.workshopId, workshopId)).groupBy(workshopVotes.cardId);
  return Object.fromEntries(rows.map((row) => [row.cardId, row.votes]));
}
