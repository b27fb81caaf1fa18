import { and, eq } from 'drizzle-orm';
import type { Subject } from '../../shared/auth/permissions';
import { organisationSettings, type OrganisationSettings } from '../../shared/domain/organisation-settings';
import type { Role } from '../../shared/domain/roles';
import type { AppDb } from '../db/database';
import { bodies, bodyMemberships, memberships, organisations, users } from '../db/schema';
import type { SessionRecord } from './sessions';

/** Who is behind a request or a socket: the user, their organisation and the subject `can()` judges. */
export interface Principal {
  session: SessionRecord;
  /** `passwordChangeRequired`: the user must choose their own password before anything else (server/http/own-password.ts). */
  user: { id: string; email: string; name: string; passwordChangeRequired: boolean };
  organisation: { id: string; name: string; slug: string; isDemo: boolean; settings: OrganisationSettings };
  subject: Subject;
}

/** Loads a session's user as they are now: a deactivated user or a removed membership ends access at once. */
export async function loadPrincipal(db: AppDb, session: SessionRecord): Promise<Principal | null> {
  const [row] = await db
    .select({ user: users, organisation: organisations, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, session.organisationId)))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(users.id, session.userId), eq(users.active, true)));
  if (!row) return null;
  const bodyRows = await db
    .select({ id: bodyMemberships.bodyId })
    .from(bodyMemberships)
    .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
    .where(and(eq(bodyMemberships.userId, row.user.id), eq(bodies.organisationId, session.organisationId)));
  const { organisation } = row;
  return {
    session,
    // Only a password session must choose its own password first: through the identity provider the
    // member proved who they are without the one-time password.
    user: { id: row.user.id, email: row.user.email, name: row.user.name, passwordChangeRequired: row.user.passwordChangeRequired && session.method === 'password' },
    organisation: {
      id: organisation.id,
      name: organisation.name,
      slug: organisation.slug,
      isDemo: organisation.isDemo,
      settings: organisationSettings(organisation.settings),
    },
    subject: {
      userId: row.user.id,
      organisationId: organisation.id,
      role: row.role as Role,
      bodyIds: bodyRows.map((body) => body.id),
    },
  };
}
