import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { boardLayout, type LayoutBody } from '../../shared/workshops/board-layouts';
import { generateJoinCode } from '../../shared/workshops/join-code';
import { DEFAULT_VOTE_RULES } from '../../shared/workshops/votes';
import { defaultGroupNames, defaultPhases, WORKSHOP_DEFAULTS } from '../../shared/workshops/workshop';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { bodies, workshopGroups, workshops } from '../db/schema';
import { DomainError } from '../domain/domain-error';
import type { NewWorkshopInput } from './input';

/** The organisation's nämnder in steering order: a budgetdag's columns. */
async function namnder(db: AppDb, organisationId: string): Promise<LayoutBody[]> {
  return db
    .select({ id: bodies.id, name: bodies.name })
    .from(bodies)
    .where(and(eq(bodies.organisationId, organisationId), eq(bodies.type, 'namnd')))
    .orderBy(asc(bodies.sortOrder), asc(bodies.name));
}

/** A join code no other workshop has (a clash among 8.5e11 codes is rare; the unique index has the last word). */
async function unusedJoinCode(db: AppDb): Promise<string> {
  for (;;) {
    const code = generateJoinCode((count) => new Uint8Array(randomBytes(count)));
    const [taken] = await db.select({ id: workshops.id }).from(workshops).where(eq(workshops.joinCode, code));
    if (!taken) return code;
  }
}

/**
 * A new workshop with its groups, from the type's defaults where the facilitator gave nothing. Audited,
 * except for demo data (like the seeded documents, nobody's act).
 */
export async function createWorkshop(db: AppDb, actor: Actor & { userId: string }, input: NewWorkshopInput, { audited = true } = {}): Promise<string> {
  const defaults = WORKSHOP_DEFAULTS[input.type];
  const kind = input.layout ?? defaults.layout;
  const columns = kind === 'budget' ? await namnder(db, actor.organisationId) : [];
  if (kind === 'budget' && columns.length === 0) throw new DomainError('unprocessable', 'no_bodies', 'workshop.error.noBodies');
  const groupNames = input.groupNames ?? defaultGroupNames(input.groupCount ?? 1);
  const joinCode = await unusedJoinCode(db);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workshops)
      .values({
        organisationId: actor.organisationId,
        type: input.type,
        title: input.title,
        date: input.date,
        joinCode,
        layout: boardLayout(kind, columns),
        phases: input.phases ?? defaultPhases(),
        voteRules: input.voteRules ?? DEFAULT_VOTE_RULES,
        compilesTo: defaults.compilesTo,
        createdBy: actor.userId,
        createdAt: actor.at,
      })
      .returning({ id: workshops.id });
    const workshopId = row!.id;
    await tx.insert(workshopGroups).values(groupNames.map((name, position) => ({ workshopId, name, position })));
    if (audited) await audit(tx, {
      action: 'workshop.created',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'workshop',
      targetId: workshopId,
      details: { type: input.type, title: input.title, date: input.date, groups: groupNames.length },
      ip: actor.ip,
      at: actor.at,
    });
    return workshopId;
  });
}
