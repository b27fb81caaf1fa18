import { and, count, eq } from 'drizzle-orm';
import type { BodyType } from '../../shared/domain/bodies';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { bodies, bodyMemberships, documents } from '../db/schema';
import { isUniqueViolation } from '../db/sql-errors';
import { DomainError } from '../domain/domain-error';
import type { Actor } from './users';

export interface BodyInput {
  name: string;
  shortName?: string | null;
  type: BodyType;
  parentId?: string | null;
  sortOrder?: number;
}

async function getBody(db: AppDb, organisationId: string, bodyId: string) {
  const [body] = await db.select().from(bodies).where(and(eq(bodies.id, bodyId), eq(bodies.organisationId, organisationId)));
  if (!body) throw new DomainError('not_found', 'body_not_found', 'error.bodyNotFound');
  return body;
}

/** A parent must be in the same organisation and must not be the body itself or one of its descendants. */
async function assertValidParent(db: AppDb, organisationId: string, bodyId: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  let cursor: string | null = parentId;
  while (cursor) {
    if (cursor === bodyId) throw new DomainError('invalid', 'body_cycle', 'error.bodyCycle');
    cursor = (await getBody(db, organisationId, cursor)).parentId;
  }
}

/** Runs a change of the body tree in one transaction; a name another body has already is a conflict. */
async function changeBodies<T>(db: AppDb, change: (tx: AppDb) => Promise<T>): Promise<T> {
  try {
    return await db.transaction((tx) => change(tx as unknown as AppDb));
  } catch (error) {
    if (isUniqueViolation(error, 'bodies_organisation_name_idx')) throw new DomainError('conflict', 'body_name_taken', 'error.bodyNameTaken');
    throw error;
  }
}

export function createBody(db: AppDb, actor: Actor, input: BodyInput) {
  return changeBodies(db, async (tx) => {
    await assertValidParent(tx, actor.organisationId, null, input.parentId);
    const [body] = await tx
      .insert(bodies)
      .values({ organisationId: actor.organisationId, name: input.name.trim(), shortName: input.shortName ?? null, type: input.type, parentId: input.parentId ?? null, sortOrder: input.sortOrder ?? 0 })
      .returning();
    await audit(tx, { action: 'body.created', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'body', targetId: body!.id, details: { name: body!.name }, ip: actor.ip, at: actor.at });
    return body!;
  });
}

export function updateBody(db: AppDb, actor: Actor, bodyId: string, changes: Partial<BodyInput>) {
  return changeBodies(db, (tx) => updateBodyIn(tx, actor, bodyId, changes));
}

async function updateBodyIn(db: AppDb, actor: Actor, bodyId: string, changes: Partial<BodyInput>) {
  await getBody(db, actor.organisationId, bodyId);
  if (changes.parentId !== undefined) await assertValidParent(db, actor.organisationId, bodyId, changes.parentId);
  const [body] = await db
    .update(bodies)
    .set({
      ...(changes.name !== undefined && { name: changes.name.trim() }),
      ...(changes.shortName !== undefined && { shortName: changes.shortName }),
      ...(changes.type !== undefined && { type: changes.type }),
      ...(changes.parentId !== undefined && { parentId: changes.parentId }),
      ...(changes.sortOrder !== undefined && { sortOrder: changes.sortOrder }),
    })
    .where(eq(bodies.id, bodyId))
    .returning();
  await audit(db, { action: 'body.updated', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'body', targetId: bodyId, details: changes as Record<string, unknown>, ip: actor.ip, at: actor.at });
  return body!;
}

/** Only an unused body can go: no children, no members, no documents (those are public records). */
export function deleteBody(db: AppDb, actor: Actor, bodyId: string): Promise<void> {
  return changeBodies(db, (tx) => deleteBodyIn(tx, actor, bodyId));
}

async function deleteBodyIn(db: AppDb, actor: Actor, bodyId: string): Promise<void> {
  const body = await getBody(db, actor.organisationId, bodyId);
  const [children] = await db.select({ n: count() }).from(bodies).where(eq(bodies.parentId, bodyId));
  const [members] = await db.select({ n: count() }).from(bodyMemberships).where(eq(bodyMemberships.bodyId, bodyId));
  const [docs] = await db.select({ n: count() }).from(documents).where(eq(documents.bodyId, bodyId));
  if ((children?.n ?? 0) + (members?.n ?? 0) + (docs?.n ?? 0) > 0) throw new DomainError('conflict', 'body_in_use', 'error.bodyInUse');
  await db.delete(bodies).where(eq(bodies.id, bodyId));
  await audit(db, { action: 'body.deleted', organisationId: actor.organisationId, actorUserId: actor.userId, targetType: 'body', targetId: bodyId, details: { name: body.name }, ip: actor.ip, at: actor.at });
}
