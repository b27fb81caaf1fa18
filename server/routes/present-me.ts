import { organisationPermissions } from '../../shared/auth/permissions';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import type { AppDb } from '../db/database';
import { bodies } from '../db/schema';
import { ownOrganisation } from '../http/guards';

/** The signed-in user as the client sees them, with the permissions it may use to hide things. */
export async function presentMe(db: AppDb, principal: Principal) {
  const { subject, organisation } = principal;
  const myBodies =
    subject.bodyIds.length === 0
      ? []
      : await db
          .select({ id: bodies.id, name: bodies.name, shortName: bodies.shortName, type: bodies.type })
          .from(bodies)
          .where(inArray(bodies.id, [...subject.bodyIds]))
          .orderBy(asc(bodies.sortOrder));
  return {
    user: principal.user,
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug, settings: organisation.settings },
    role: subject.role,
    bodies: myBodies,
    permissions: organisationPermissions(subject, ownOrganisation(principal)),
  };
}

export async function bodiesOf(db: AppDb, organisationId: string) {
  return db.select().from(bodies).where(eq(bodies.organisationId, organisationId)).orderBy(asc(bodies.sortOrder), asc(bodies.name));
}
