import { count, eq } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import type { PasswordHasher } from '../auth/passwords';
import { bodies, bodyMemberships, documents, memberships, organisations, users } from '../db/schema';
import { initialDocumentState } from '../documents/initial-state';
import { rebuildGoalRegister } from '../goals/refresh-register';
import { seedGoalChain } from './seed-goal-chain';
import { appendUpdates } from '../sync/doc-store';
import { documentRoom } from '../../shared/sync/rooms';
import { createWorkshop } from '../workshops/create-workshop';
import { DEMO_BODIES, DEMO_DOCUMENTS, DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_USERS, demoWorkshop } from './exempelkommun';

export interface SeedResult {
  created: boolean;
  organisationId: string;
}

export interface SeedOptions {
  /**
   * The goal chain (server/demo/goal-chain.ts): fastställda måldokument from KF down to a förvaltning
   * and each nämnd's uppföljning. On by default; tests that reseed for every case leave it out for speed.
   */
  goalChain?: boolean;
}

export async function isDatabaseEmpty(db: AppDb): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

/** Creates Exempelkommun, its bodies, one demo user per role and its documents, once: a second run changes nothing. */
export async function seedDemo(db: AppDb, passwords: PasswordHasher, { goalChain = true }: SeedOptions = {}): Promise<SeedResult> {
  // Hashed before the transaction: PGlite has one connection, and argon2 takes a while.
  const passwordHashes = await Promise.all(DEMO_USERS.map(() => passwords.hash(DEMO_PASSWORD)));
  const result = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, DEMO_ORGANISATION.slug));
    if (existing) return { created: false, organisationId: existing.id, bodyIds: new Map<string, string>(), adminId: undefined };

    const [organisation] = await tx
      .insert(organisations)
      .values({ ...DEMO_ORGANISATION, isDemo: true })
      .returning({ id: organisations.id });
    if (!organisation) throw new Error('inserting the demo organisation returned no row');

    const ids = new Map<string, string>();
    for (const [sortOrder, body] of DEMO_BODIES.entries()) {
      const parentId = body.parent ? ids.get(body.parent) : undefined;
      const [row] = await tx
        .insert(bodies)
        .values({
          organisationId: organisation.id,
          parentId: parentId ?? null,
          type: body.type,
          name: body.name,
          shortName: body.shortName,
          sortOrder,
        })
        .returning({ id: bodies.id });
      if (!row) throw new Error(`inserting demo body ${body.key} returned no row`);
      ids.set(body.key, row.id);
    }

    const userIds = new Map<string, string>();
    for (const [index, demoUser] of DEMO_USERS.entries()) {
      const [user] = await tx
        .insert(users)
        .values({ email: demoUser.email, name: demoUser.name, passwordHash: passwordHashes[index]! })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (!user) continue; // an account with this address already exists elsewhere: leave it alone
      userIds.set(demoUser.email, user.id);
      await tx.insert(memberships).values({ userId: user.id, organisationId: organisation.id, role: demoUser.role });
      for (const key of demoUser.bodies) {
        await tx.insert(bodyMemberships).values({ userId: user.id, bodyId: ids.get(key)! });
      }
    }

    for (const demo of DEMO_DOCUMENTS) {
      const [document] = await tx
        .insert(documents)
        .values({ organisationId: organisation.id, bodyId: ids.get(demo.body)!, type: demo.type, title: demo.title })
        .returning({ id: documents.id });
      await appendUpdates(tx as unknown as AppDb, documentRoom(document!.id), [initialDocumentState(demo.type)]);
    }

    const workshop = demoWorkshop(new Date());
    const facilitatorId = userIds.get(workshop.facilitator);
    if (facilitatorId) {
      const actor = { organisationId: organisation.id, userId: facilitatorId, at: new Date() };
      await createWorkshop(tx as unknown as AppDb, actor, { type: workshop.type, title: workshop.title, date: workshop.date, groupNames: workshop.groupNames }, { audited: false });
    }
    return { created: true, organisationId: organisation.id, bodyIds: ids, adminId: userIds.get(DEMO_USERS.find((user) => user.role === 'admin')!.email) };
  });
  if (!result.created) return { created: false, organisationId: result.organisationId };
  await rebuildGoalRegister(db, { organisationId: result.organisationId });
  if (goalChain && result.adminId) await seedGoalChain(db, result.organisationId, result.bodyIds, result.adminId);
  return { created: true, organisationId: result.organisationId };
}
