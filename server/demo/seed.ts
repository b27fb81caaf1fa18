import { count, eq } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { bodies, organisations } from '../db/schema';
import { DEMO_BODIES, DEMO_ORGANISATION } from './exempelkommun';

export interface SeedResult {
  created: boolean;
  organisationId: string;
}

export async function isDatabaseEmpty(db: AppDb): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

/** Creates Exempelkommun and its bodies, once: a second run finds it and changes nothing. */
export async function seedDemo(db: AppDb): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, DEMO_ORGANISATION.slug));
    if (existing) return { created: false, organisationId: existing.id };

    const [organisation] = await tx.insert(organisations).values(DEMO_ORGANISATION).returning({ id: organisations.id });
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
    return { created: true, organisationId: organisation.id };
  });
}
