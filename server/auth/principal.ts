import { and, eq, inArray } from 'drizzle-orm';
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
  return (await loadPrincipals(db, [session])).get(session.id) ?? null;
}

/**
 * `loadPrincipal` for many sessions in two queries (a burst of reconnecting sockets), by session id;
 * a session whose user is deactivated or no longer a member has no entry.
 */
export async function loadPrincipals(db: AppDb, sessions: SessionRecord[]): Promise<Map<string, Principal>> {
  const principals = new Map<string, Principal>();
  if (sessions.length === 0) return principals;
  const userIds = [...new Set(sessions.map((session) => session.userId))];
  const rows = await db
    .select({ user: users, organisation: organisations, role: memberships.role })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(inArray(users.id, userIds), eq(users.active, true)));
  const bodyRows = await db
    .select({ userId: bodyMemberships.userId, bodyId: bodyMemberships.bodyId, organisationId: bodies.organisationId })
    .from(bodyMemberships)
    .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
    .where(inArray(bodyMemberships.userId, userIds));
  const membership = new Map(rows.map((row) => [`${row.user.id} ${row.organisation.id}`, row]));
  for (const session of sessions) {
    const row = membership.get(`${session.userId} ${session.organisationId}`);
    if (!row) continue;
    const { organisation } = row;
    const bodyIds = bodyRows.filter((body) => body.userId === session.userId && body.organisationId === session.organisationId).map((body) => body.bodyId);
    principals.set(session.id, {
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
      subject: { userId: row.user.id, organisationId: organisation.id, role: row.role as Role, bodyIds },
    });
  }
  return principals;
}
