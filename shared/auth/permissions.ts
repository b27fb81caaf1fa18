import type { DocumentStatus } from '../domain/documents';
import type { OrganisationSettings } from '../domain/organisation-settings';
import type { Role } from '../domain/roles';

/**
 * The one permission table. Server routes, the WebSocket rooms and the client all ask `can()`;
 * nowhere else compares a role to an action. The client only hides what `can()` denies; the server decides.
 */
export const DOCUMENT_ACTIONS = [
  'document.read',
  'document.edit',
  'document.comment',
  'document.lock',
  'document.reopen',
  'document.export',
] as const;
export const ORGANISATION_ACTIONS = ['document.create', 'workshop.facilitate', 'org.admin'] as const;
/** On one comment thread (`thread.*`) or one comment (`comment.*`) of a document. */
const DISCUSSION_ACTIONS = ['thread.reply', 'thread.resolve', 'comment.edit', 'comment.delete'] as const;
/**
 * In one workshop: see it, run it (`manage`: settings, control, moves, the join code), join it as a
 * member, read or write a group's board, vote. Guests (joined by code) act only as that workshop's participant.
 */
export const WORKSHOP_ACTIONS = ['workshop.view', 'workshop.manage', 'workshop.join', 'workshop.board.read', 'workshop.board.write', 'workshop.cards.write', 'workshop.vote'] as const;

export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];
export type DiscussionAction = (typeof DISCUSSION_ACTIONS)[number];
export type WorkshopAction = (typeof WORKSHOP_ACTIONS)[number];
export type Action = DocumentAction | OrganisationAction | DiscussionAction | WorkshopAction;

/** Who asks: a member of one organisation with one role, and the bodies they belong to. */
export interface Subject {
  userId: string;
  organisationId: string;
  role: Role;
  bodyIds: readonly string[];
}

/** A guest who joined one workshop by code: a participant there and nothing anywhere else. */
export interface GuestSubject {
  kind: 'guest';
  organisationId: string;
  workshopId: string;
  participantId: string;
}

const isGuest = (subject: Subject | GuestSubject): subject is GuestSubject => 'kind' in subject && subject.kind === 'guest';

export interface OrganisationResource {
  kind: 'organisation';
  organisationId: string;
  settings: OrganisationSettings;
}

export interface DocumentResource {
  kind: 'document';
  organisationId: string;
  bodyId: string | null;
  status: DocumentStatus;
  settings: OrganisationSettings;
}

/** A comment thread (its author started it) or one comment (its author wrote it), on a document. */
export interface DiscussionResource {
  kind: 'thread' | 'comment';
  organisationId: string;
  document: DocumentResource;
  authorId: string;
}

/**
 * One workshop, as the asking subject stands in it: `participant` is the subject's own participation
 * (loaded by the server for this subject), `board` the group board asked about, if any.
 */
export interface WorkshopResource {
  kind: 'workshop';
  organisationId: string;
  workshopId: string;
  archived: boolean;
  participant: { id: string; groupId: string | null } | null;
  board?: { groupId: string; locked: boolean };
  /** The current phase lets participants vote. */
  votingOpen: boolean;
  /** The current phase lets participants write, move and cluster cards. */
  cardsOpen: boolean;
}

export type Resource = OrganisationResource | DocumentResource | DiscussionResource | WorkshopResource;

const EDITORS: readonly Role[] = ['admin', 'facilitator', 'politician', 'official'];
const COMMENTERS: readonly Role[] = [...EDITORS, 'commenter'];
/** Roles that run the organisation's work across bodies, so body membership never limits them. */
const ACROSS_BODIES: readonly Role[] = ['admin', 'facilitator'];

/** Whether the subject edits this document's drafts: a role that edits, and membership where the organisation asks for it. */
function editsDocument(subject: Subject, document: DocumentResource): boolean {
  if (!EDITORS.includes(subject.role)) return false;
  if (!document.settings.restrictEditingToBodyMembers || document.bodyId === null) return true;
  return ACROSS_BODIES.includes(subject.role) || subject.bodyIds.includes(document.bodyId);
}

/**
 * Whether the subject reads the document: everyone in the organisation, unless it asks that a body's
 * drafts are read by that body's members alone (arbetsmaterial); a fastställd version is a public record.
 */
function readsDocument(subject: Subject, document: DocumentResource): boolean {
  if (!document.settings.restrictDraftReadingToBodyMembers || document.status === 'fastställd' || document.bodyId === null) return true;
  return ACROSS_BODIES.includes(subject.role) || subject.bodyIds.includes(document.bodyId);
}

function canEdit(subject: Subject, document: DocumentResource): boolean {
  if (document.status === 'fastställd') return false; // a locked version accepts no writes from anyone
  return editsDocument(subject, document);
}

function canOnDocument(subject: Subject, action: DocumentAction, document: DocumentResource): boolean {
  // Nobody acts on what they may not read.
  if (!readsDocument(subject, document)) return false;
  switch (action) {
    case 'document.read':
    case 'document.export':
      return true;
    case 'document.edit':
      return canEdit(subject, document);
    case 'document.comment':
      if (document.status === 'fastställd' && !document.settings.commentsOnLockedDocuments) return false;
      return COMMENTERS.includes(subject.role);
    case 'document.lock':
    case 'document.reopen':
      return document.settings.lockRoles.includes(subject.role);
  }
}

/**
 * Discussions follow the document: nobody acts on them who may not comment there now. Then a thread is
 * resolved (or reopened) by whoever started it, the document's editors and facilitators; a comment is
 * edited only by its author, and deleted by its author or an admin (who may have to remove personal data).
 */
function canOnDiscussion(subject: Subject, action: DiscussionAction, resource: DiscussionResource): boolean {
  if (!canOnDocument(subject, 'document.comment', resource.document)) return false;
  const own = resource.authorId === subject.userId;
  switch (action) {
    case 'thread.reply':
      return resource.kind === 'thread';
    case 'thread.resolve':
      return resource.kind === 'thread' && (own || ACROSS_BODIES.includes(subject.role) || editsDocument(subject, resource.document));
    case 'comment.edit':
      return resource.kind === 'comment' && own;
    case 'comment.delete':
      return resource.kind === 'comment' && (own || subject.role === 'admin');
  }
}

function canInOrganisation(subject: Subject, action: OrganisationAction): boolean {
  switch (action) {
    case 'document.create':
      return EDITORS.includes(subject.role);
    case 'workshop.facilitate':
      return subject.role === 'admin' || subject.role === 'facilitator';
    case 'org.admin':
      return subject.role === 'admin';
  }
}

const FACILITATORS: readonly Role[] = ['admin', 'facilitator'];

/**
 * Facilitators run every workshop of their organisation; any member sees it, and members other than
 * viewers may join. Participants read every board of their workshop and write their own group's board
 * (its notes) until it is locked; its cards only while the phase takes cards; they vote while the phase
 * is open for votes. A guest is a participant of one workshop only.
 */
function canInWorkshop(subject: Subject | GuestSubject, action: WorkshopAction, workshop: WorkshopResource): boolean {
  const guest = isGuest(subject);
  if (guest && (subject.workshopId !== workshop.workshopId || workshop.participant?.id !== subject.participantId)) return false;
  const facilitates = !guest && FACILITATORS.includes(subject.role);
  const { participant, board, archived } = workshop;
  switch (action) {
    case 'workshop.view':
      return true;
    case 'workshop.manage':
      return facilitates;
    case 'workshop.join':
      return !guest && !archived && subject.role !== 'viewer';
    case 'workshop.board.read':
      return board !== undefined && (facilitates || participant !== null);
    case 'workshop.board.write':
      if (board === undefined || archived) return false;
      return facilitates || (participant?.groupId === board.groupId && !board.locked);
    case 'workshop.cards.write':
      return canInWorkshop(subject, 'workshop.board.write', workshop) && (facilitates || workshop.cardsOpen);
    case 'workshop.vote':
      return participant !== null && workshop.votingOpen && !archived;
  }
}

export function can(subject: Subject | GuestSubject | null | undefined, action: Action, resource: Resource): boolean {
  if (!subject || subject.organisationId !== resource.organisationId) return false;
  if (resource.kind === 'workshop') {
    return (WORKSHOP_ACTIONS as readonly string[]).includes(action) && canInWorkshop(subject, action as WorkshopAction, resource);
  }
  if (isGuest(subject)) return false;
  if (resource.kind === 'document') {
    return (DOCUMENT_ACTIONS as readonly string[]).includes(action) && canOnDocument(subject, action as DocumentAction, resource);
  }
  if (resource.kind === 'thread' || resource.kind === 'comment') {
    if (resource.document.organisationId !== resource.organisationId) return false;
    return (DISCUSSION_ACTIONS as readonly string[]).includes(action) && canOnDiscussion(subject, action as DiscussionAction, resource);
  }
  return (ORGANISATION_ACTIONS as readonly string[]).includes(action) && canInOrganisation(subject, action as OrganisationAction);
}

/** Every action the subject may take in one workshop (sent with the workshop to the client). */
export function workshopPermissions(subject: Subject | GuestSubject, workshop: WorkshopResource): WorkshopAction[] {
  return WORKSHOP_ACTIONS.filter((action) => can(subject, action, workshop));
}

/** Every organisation-level action the subject may take, for the client to hide what it cannot do. */
export function organisationPermissions(subject: Subject, organisation: OrganisationResource): OrganisationAction[] {
  return ORGANISATION_ACTIONS.filter((action) => can(subject, action, organisation));
}

/** Every action the subject may take on one document (sent with documents to the client). */
export function documentPermissions(subject: Subject, document: DocumentResource): DocumentAction[] {
  return DOCUMENT_ACTIONS.filter((action) => can(subject, action, document));
}
