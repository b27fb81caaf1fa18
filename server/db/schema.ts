import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { BODY_TYPES } from '../../shared/domain/bodies';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../shared/domain/documents';
import type { ThreadAnchor } from '../../shared/comments/model';
import type { GoalData } from '../../shared/goals/model';
import { ROLES } from '../../shared/domain/roles';
import type { OidcSettings } from '../../shared/auth/oidc-settings';
import type { SessionMethod } from '../../shared/auth/session-method';
import type { BoardLayout } from '../../shared/workshops/board-layouts';
import type { VoteRules } from '../../shared/workshops/votes';
import { WORKSHOP_TYPES, type WorkshopPhase } from '../../shared/workshops/workshop';
import { bytea } from './bytea';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const bodyType = pgEnum('body_type', BODY_TYPES);
export const role = pgEnum('role', ROLES);
export const documentType = pgEnum('document_type', DOCUMENT_TYPES);
export const documentStatus = pgEnum('document_status', DOCUMENT_STATUSES);

/** A kommun (or region). Settings hold per-kommun rules where the seeds disagree. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  /** Created by the demo seed: the login page then shows the demo accounts. */
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: createdAt(),
});

/** The steering tree: fullmäktige → styrelse / nämnder / bolag → förvaltningar. */
export const bodies = pgTable(
  'bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => bodies.id, { onDelete: 'restrict' }),
    type: bodyType('type').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [
    index('bodies_organisation_idx').on(table.organisationId),
    uniqueIndex('bodies_organisation_name_idx').on(table.organisationId, table.name),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased; the unique index makes one account per address.
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    // Set while the password is one someone else chose or saw (a new account, a reset): the user must
    // choose their own before doing anything else.
    passwordChangeRequired: boolean('password_change_required').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('users_email_idx').on(table.email)],
);

/** A user's role in one organisation. */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: role('role').notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.organisationId] })],
);

/** Optional membership of specific bodies (e.g. a ledamot of Socialnämnden). */
export const bodyMemberships = pgTable(
  'body_memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.bodyId] }), index('body_memberships_body_idx').on(table.bodyId)],
);

/**
 * Lucia-style sessions: the browser holds `<id>.<secret>`; only the secret's SHA-256 is stored, so a
 * leaked table cannot be replayed as cookies.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    secretHash: bytea('secret_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** How the session was started: `password`, or `oidc` (logout may then end the provider's session too). */
    method: text('method').$type<SessionMethod>().notNull().default('password'),
    createdAt: createdAt(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/**
 * An organisation's own identity provider (OpenID Connect). The client secret is AES-256-GCM ciphertext
 * under SAMSYN_SECRET_KEY (server/auth/secret-box.ts), never sent to a browser.
 */
export const oidcProviders = pgTable('oidc_providers', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  settings: jsonb('settings').$type<Partial<OidcSettings>>().notNull().default({}),
  clientSecretEncrypted: text('client_secret_encrypted'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who an identity provider says someone is (issuer + subject), and the Samsyn account that person signs in to. */
export const userIdentities = pgTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.issuer, table.subject] }), index('user_identities_user_idx').on(table.userId)],
);

/**
 * A sign-in on its way through the identity provider: found by the SHA-256 of the browser's short-lived
 * HttpOnly cookie, used once. It holds the PKCE verifier, state and nonce the callback must match.
 */
export const oidcLogins = pgTable(
  'oidc_logins',
  {
    idHash: text('id_hash').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    returnTo: text('return_to'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('oidc_logins_expires_idx').on(table.expiresAt)],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    type: documentType('type').notNull(),
    title: text('title').notNull(),
    status: documentStatus('status').notNull().default('utkast'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    lastEditedBy: uuid('last_edited_by').references(() => users.id, { onDelete: 'set null' }),
    lastEditedAt: timestamp('last_edited_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /**
     * The chain of fastställda versions as recorded outside document_versions, written in the same
     * transaction as each version: verify-versions compares them, so a removed newest version or an
     * emptied table shows.
     */
    versionCount: integer('version_count').notNull().default(0),
    versionHead: text('version_head'),
    /** An uppföljning's follow-up ('2027-delarsrapport', shared/goals/follow-up.ts) of its body's goals; null for every other document. */
    followUpPeriod: text('follow_up_period'),
    createdAt: createdAt(),
  },
  (table) => [
    index('documents_organisation_idx').on(table.organisationId, table.bodyId),
    // One uppföljning per body and follow-up; an archived one makes room for a new one.
    uniqueIndex('documents_follow_up_idx')
      .on(table.organisationId, table.bodyId, table.followUpPeriod)
      .where(sql`${table.followUpPeriod} is not null and ${table.archivedAt} is null`),
  ],
);

/** Who did what, when: kept for the kommun's own review and for revisorer. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (table) => [index('audit_log_organisation_idx').on(table.organisationId, table.createdAt)],
);

/** Failed logins per key (`ip:…` or `account:…`), kept in the database so a restart does not reset the limit. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('login_failures_key_idx').on(table.key, table.createdAt)],
);

/**
 * Yjs updates as they arrive, per persisted Y.Doc. `doc_id` is the sync room's name (`doc:<uuid>`,
 * `doc:<uuid>:comments`, `ws:<id>:board:<group>`), so every kind of room persists the same way.
 */
export const docUpdates = pgTable(
  'doc_updates',
  {
    docId: text('doc_id').notNull(),
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    update: bytea('update').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('doc_updates_doc_idx').on(table.docId, table.id)],
);

/** The compacted state of a doc: every update up to `last_update_id` merged into one. */
export const docSnapshots = pgTable('doc_snapshots', {
  docId: text('doc_id').primaryKey(),
  state: bytea('state').notNull(),
  lastUpdateId: bigint('last_update_id', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The decision that made a version fastställd (protocol paragraph and diarienummer). */
export interface DecisionReference {
  body: string;
  date: string;
  paragraph: string;
  diarienummer: string;
}

/**
 * Fastställda versions: public records. A trigger (migration 0003) refuses UPDATE and DELETE for
 * everyone; `hash` chains each version to the one before it, per document.
 */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    yjsState: bytea('yjs_state').notNull(),
    contentJson: jsonb('content_json').$type<Record<string, unknown>>().notNull(),
    plainText: text('plain_text').notNull(),
    html: text('html').notNull(),
    goals: jsonb('goals').$type<unknown[]>().notNull(),
    decision: jsonb('decision').$type<DecisionReference>().notNull(),
    note: text('note'),
    lockedBy: uuid('locked_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    lockedAt: timestamp('locked_at', { withTimezone: true }).notNull(),
    previousHash: text('previous_hash'),
    hash: text('hash').notNull(),
    /** Which columns `hash` covers (server/versions/hash.ts); rows from before scheme 2 are 1 (migration 0009). */
    hashScheme: integer('hash_scheme').notNull(),
  },
  (table) => [uniqueIndex('document_versions_number_idx').on(table.documentId, table.number)],
);

/**
 * Automatic revisions between decisions: a snapshot and who edited since the one before. Unlike
 * fastställda versions they are pruned after the organisation's retention period.
 */
export const documentRevisions = pgTable(
  'document_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    yjsState: bytea('yjs_state').notNull(),
    contentHash: text('content_hash').notNull(),
    editors: jsonb('editors').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('document_revisions_document_idx').on(table.documentId, table.createdAt)],
);

/**
 * The goal register (server/goals/): every goal of every måldokument as its live draft and its latest
 * fastställd version have it. Derived from the documents, never the record: it can be rebuilt from them
 * at any time. `title` … `periodTo` are the goal as it stands now (the draft's, or the version's when the
 * draft no longer has it).
 */
export const goalRegister = pgTable(
  'goal_register',
  {
    goalId: text('goal_id').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    level: text('level'),
    parentGoalId: text('parent_goal_id'),
    /** The parent's version the link was made to (null: to its draft). */
    parentVersion: integer('parent_version'),
    periodFrom: integer('period_from'),
    periodTo: integer('period_to'),
    /** The goal in the live draft; null once the draft has removed it (it stays in force until the next version). */
    draft: jsonb('draft').$type<GoalData>(),
    /** The goal as fastställd in `version`, the latest version of its document; null before any. */
    inForce: jsonb('in_force').$type<GoalData>(),
    version: integer('version'),
    /** The earliest version from which the goal has stood as in `version`: a link pinned before it is "ändrat sedan". */
    unchangedSince: integer('unchanged_since'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('goal_register_document_idx').on(table.documentId), index('goal_register_parent_idx').on(table.parentGoalId)],
);

/** What the register last read of each document, so an edit that leaves the goals as they were writes nothing. */
export const goalRegisterDocuments = pgTable('goal_register_documents', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  fingerprint: text('fingerprint').notNull(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each goal's assessment and outcomes at one follow-up ('2027-delarsrapport'), as its uppföljning
 * (a document with `follow_up_period`) has them: derived like the register, from that document.
 */
export const goalAssessments = pgTable(
  'goal_assessments',
  {
    goalId: text('goal_id').notNull(),
    period: text('period').notNull(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** helt, delvis, ej, ej_bedomd (shared/goals/follow-up.ts); null while not yet assessed. */
    assessment: text('assessment'),
    /** Indicator id → its outcome (utfall) figures at this follow-up. */
    outcomes: jsonb('outcomes').$type<Record<string, unknown>>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.goalId, table.period, table.documentId] }), index('goal_assessments_document_idx').on(table.documentId)],
);

/**
 * A comment thread on a document, anchored to text or a goal (shared/comments/model.ts). Threads and
 * comments change only through the HTTP API; the server then writes them into the comments room.
 */
export const commentThreads = pgTable(
  'comment_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    anchor: jsonb('anchor').$type<ThreadAnchor>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [index('comment_threads_document_idx').on(table.documentId, table.createdAt)],
);

/** One comment in a thread. Deleting keeps the row (body '' and `deleted_at`), so the thread reads on. */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => commentThreads.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (table) => [index('comments_thread_idx').on(table.threadId, table.createdAt)],
);

/** A member mentioned with @ in a comment: their "Att läsa" list, read or not. */
export const commentMentions = pgTable(
  'comment_mentions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('comment_mentions_comment_user_idx').on(table.commentId, table.userId), index('comment_mentions_user_idx').on(table.userId, table.createdAt)],
);

export const workshopType = pgEnum('workshop_type', WORKSHOP_TYPES);

/**
 * A facilitated dialogue day (omvärldsdag, budgetdag): its board layout, phases and vote rules are
 * copied in when it is created, so the facilitator may change them. The control columns are the record
 * of what the server writes into the read-only `ws:<id>:control` room.
 */
export const workshops = pgTable(
  'workshops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    type: workshopType('type').notNull(),
    title: text('title').notNull(),
    /** The day it runs (a calendar date in Europe/Stockholm); guest sessions end with it. */
    date: date('date', { mode: 'string' }).notNull(),
    joinCode: text('join_code').notNull(),
    layout: jsonb('layout').$type<BoardLayout>().notNull(),
    phases: jsonb('phases').$type<WorkshopPhase[]>().notNull(),
    voteRules: jsonb('vote_rules').$type<VoteRules>().notNull(),
    compilesTo: documentType('compiles_to').notNull(),
    currentPhaseId: text('current_phase_id'),
    timerEndsAt: timestamp('timer_ends_at', { withTimezone: true }),
    votesRevealed: boolean('votes_revealed').notNull().default(false),
    lockedGroupIds: jsonb('locked_group_ids').$type<string[]>().notNull().default([]),
    /** The group whose board the presenter view shows; null: the plenary (every group's cards). */
    presentedGroupId: uuid('presented_group_id'),
    /** Participants' new cards go to their private draft rooms until the facilitator reveals them. */
    cardsHidden: boolean('cards_hidden').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('workshops_join_code_idx').on(table.joinCode), index('workshops_organisation_idx').on(table.organisationId, table.date)],
);

/** A working group (a table in the hall) with its own board room. */
export const workshopGroups = pgTable(
  'workshop_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [index('workshop_groups_workshop_idx').on(table.workshopId, table.position)],
);

/** Someone taking part: a member (user_id) or a guest who joined by code (guest_name), never both. */
export const workshopParticipants = pgTable(
  'workshop_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    guestName: text('guest_name'),
    groupId: uuid('group_id').references(() => workshopGroups.id, { onDelete: 'set null' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('workshop_participants_member_idx').on(table.workshopId, table.userId),
    index('workshop_participants_group_idx').on(table.groupId),
    check('workshop_participants_member_or_guest', sql`(${table.userId} is null) <> (${table.guestName} is null)`),
  ],
);

/** One dot of a participant's dot vote on a card; the limits are checked in the transaction that inserts it. */
export const workshopVotes = pgTable(
  'workshop_votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => workshopParticipants.id, { onDelete: 'cascade' }),
    cardId: text('card_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('workshop_votes_participant_idx').on(table.participantId), index('workshop_votes_workshop_idx').on(table.workshopId, table.cardId)],
);

/**
 * A guest's session (Lucia's design, like `sessions`: only the secret's SHA-256 is stored), scoped to
 * one workshop and one participant, ending with the workshop's day.
 */
export const guestSessions = pgTable(
  'guest_sessions',
  {
    id: text('id').primaryKey(),
    secretHash: bytea('secret_hash').notNull(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => workshopParticipants.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('guest_sessions_participant_idx').on(table.participantId)],
);

/** Failed join codes per client address, kept in the database so a restart does not reset the limit. */
export const joinFailures = pgTable(
  'join_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('join_failures_key_idx').on(table.key, table.createdAt)],
);
