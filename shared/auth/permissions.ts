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

export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];
export type Action = DocumentAction | OrganisationAction;

/** Who asks: a member of one organisation with one role, and the bodies they belong to. */
export interface Subject {
  userId: string;
  organisationId: string;
  role: Role;
  bodyIds: readonly string[];
}

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

export type Resource = OrganisationResource | DocumentResource;

const EDITORS: readonly Role[] = ['admin', 'facilitator', 'politician', 'official'];
const COMMENTERS: readonly Role[] = [...EDITORS, 'commenter'];
/** Roles that run the organisation's work across bodies, so body membership never limits them. */
const ACROSS_BODIES: readonly Role[] = ['admin', 'facilitator'];

function canEdit(subject: Subject, document: DocumentResource): boolean {
  if (document.status === 'fastställd') return false; // a locked version accepts no writes from anyone
  if (!EDITORS.includes(subject.role)) return false;
  if (!document.settings.restrictEditingToBodyMembers || document.bodyId === null) return true;
  return ACROSS_BODIES.includes(subject.role) || subject.bodyIds.includes(document.bodyId);
}

function canOnDocument(subject: Subject, action: DocumentAction, document: DocumentResource): boolean {
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

export function can(subject: Subject | null | undefined, action: Action, resource: Resource): boolean {
  if (!subject || subject.organisationId !== resource.organisationId) return false;
  if (resource.kind === 'document') {
    return (DOCUMENT_ACTIONS as readonly string[]).includes(action) && canOnDocument(subject, action as DocumentAction, resource);
  }
  return (ORGANISATION_ACTIONS as readonly string[]).includes(action) && canInOrganisation(subject, action as OrganisationAction);
}

/** Every organisation-level action the subject may take, for the client to hide what it cannot do. */
export function organisationPermissions(subject: Subject, organisation: OrganisationResource): OrganisationAction[] {
  return ORGANISATION_ACTIONS.filter((action) => can(subject, action, organisation));
}

/** Every action the subject may take on one document (sent with documents to the client). */
export function documentPermissions(subject: Subject, document: DocumentResource): DocumentAction[] {
  return DOCUMENT_ACTIONS.filter((action) => can(subject, action, document));
}
