import { and, asc, eq, sql } from 'drizzle-orm';
import type { MyVotes } from '../../shared/api/workshops';
import { checkVote, type VoteRules } from '../../shared/workshops/votes';
import type { AppDb } from '../db/database';
import { workshopVotes, workshops } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import { currentPhase, type ParticipantRow } from './load';


type Tx = AppDb;

/** One participant's votes at a time: concurrent requests from the same participant queue here. */
const serialise = (tx: Tx, participantId: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`workshop-vote:${participantId}`}, 0))`);

/** The workshop as it is inside the transaction: voting must be open in its current phase now. */
async function openRules(tx: Tx, workshopId: string): Promise<VoteRules> {
  const [workshop] = await tx.select().from(workshops).where(eq(workshops.id, workshopId));
  if (!workshop || workshop.archivedAt || !currentPhase(workshop)?.votingOpen) throw new DomainError('conflict', 'voting_closed', 'workshop.error.votingClosed');
  return workshop.voteRules;
}

async function votesOf(tx: Tx, participantId: string) {
  return tx.select().from(workshopVotes).where(eq(workshopVotes.participantId, participantId)).orderBy(asc(workshopVotes.createdAt), asc(workshopVotes.id));
}

function present(rows: Array<typeof workshopVotes.$inferSelect>, rules: VoteRules): MyVotes {
  return { votes: rows.map((row) => ({ id: row.id, cardId: row.cardId, createdAt: row.createdAt.toISOString() })), rules, left: Math.max(0, rules.votesPerParticipant - rows.length) };
}

/**
 * One dot on a card, if the rules allow it: checked and stored in one transaction that holds the
 * participant's lock, so parallel requests can never pass the limits together.
 */
export async function castVote(db: AppDb, participant: ParticipantRow, cardId: string, now: Date): Promise<{ voteId: string; mine: MyVotes }> {
  return db.transaction(async (tx) => {
    await serialise(tx, participant.id);
    const rules = await openRules(tx, participant.workshopId);
    const cast = await votesOf(tx, participant.id);
    const refusal = checkVote(rules, cast.map((vote) => vote.cardId), cardId);
    if (refusal === 'no_votes_left') throw new DomainError('conflict', 'no_votes_left', 'workshop.error.noVotesLeft');
    if (refusal === 'card_limit') throw new DomainError('conflict', 'card_limit', 'workshop.error.cardLimit', { max: rules.maxPerCard });
    const [vote] = await tx.insert(workshopVotes).values({ workshopId: participant.workshopId, participantId: participant.id, cardId, createdAt: now }).returning();
    return { voteId: vote!.id, mine: present([...cast, vote!], rules) };
  });
}

/** Takes back one of the participant's own votes while voting is open. */
export async function withdrawVote(db: AppDb, participant: ParticipantRow, voteId: string): Promise<MyVotes> {
  return db.transaction(async (tx) => {
    await serialise(tx, participant.id);
    const rules = await openRules(tx, participant.workshopId);
    const removed = await tx.delete(workshopVotes).where(and(eq(workshopVotes.id, voteId), eq(workshopVotes.participantId, participant.id))).returning({ id: workshopVotes.id });
    if (removed.length === 0) throw new DomainError('not_found', 'vote_not_found', 'workshop.error.voteNotFound');
    return present(await votesOf(tx, participant.id), rules);
  });
}

/** The participant's own votes (never anyone else's: voting is blind until the reveal). */
export async function myVotes(db: AppDb, participant: ParticipantRow, rules: VoteRules): Promise<MyVotes> {
  return present(await votesOf(db, participant.id), rules);
}
