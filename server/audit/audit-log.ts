import type { AppDb } from '../db/database';
import { auditLog } from '../db/schema';

type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.password_changed'
  | 'user.created'
  | 'user.role_changed'
  | 'user.deactivated'
  | 'user.activated'
  | 'user.bodies_changed'
  | 'user.password_reset'
  /** An admin lifted a member's login lock (details: how many counted failures were forgotten). */
  | 'user.login_lock_lifted'
  /** A member's account was linked to their identity provider's account by a verified e-mail (details: issuer, email). */
  | 'user.identity_linked'
  /** An admin changed the organisation's sign-in through its identity provider (details: what changed; never the secret). */
  | 'organisation.oidc_changed'
  | 'body.created'
  | 'body.updated'
  | 'body.deleted'
  | 'organisation.settings_changed'
  | 'document.created'
  | 'document.updated'
  | 'document.archived'
  | 'document.restored'
  | 'document.locked'
  | 'document.reopened'
  | 'document.exported'
  | 'document.restored_revision'
  /** A comment removed by someone other than its author (moderation). */
  | 'comment.deleted'
  | 'workshop.created'
  | 'workshop.updated'
  | 'workshop.joined'
  /** A guest joined by code (details: the name they gave). */
  | 'workshop.guest_joined'
  | 'workshop.participant_moved'
  /** A facilitator moved the day on (details: what changed — phase, timer, reveal, locks, presented group, hiding). */
  | 'workshop.controlled'
  /** A facilitator compiled the boards into a new document (details: documentId, cards). */
  | 'workshop.compiled'
  /** A facilitator exported the boards as CSV (it names card authors). */
  | 'workshop.exported';

export interface AuditEntry {
  action: AuditAction;
  organisationId?: string | null;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string;
  at: Date;
}

/** Appends one row to the audit log (never secrets: no passwords, no tokens). */
export async function audit(db: AppDb, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    organisationId: entry.organisationId ?? null,
    actorUserId: entry.actorUserId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
    ip: entry.ip ?? null,
    createdAt: entry.at,
  });
}
