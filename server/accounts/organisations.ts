import { eq } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { organisations } from '../db/schema';

/** "Malmö stad" → "malmo-stad": readable, ASCII, stable. */
function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Finds the organisation by name, or creates it (first admin on a fresh install). */
export async function findOrCreateOrganisation(db: AppDb, name: string) {
  const slug = slugify(name);
  const [existing] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  if (existing) return { organisation: existing, created: false };
  const [organisation] = await db.insert(organisations).values({ name: name.trim(), slug }).returning();
  return { organisation: organisation!, created: true };
}
