import { can, type DiscussionAction, type DocumentResource, type Subject } from '../../../shared/auth/permissions';
import type { DocumentView } from '../../../shared/api/documents';
import type { Me } from '../../../shared/api/me';

/** What the client asks `can()` about a document's discussions, to hide buttons (the server decides). */
export type DiscussionCan = (action: DiscussionAction, kind: 'thread' | 'comment', authorId: string) => boolean;

export function discussionCan(me: Me, document: DocumentView): DiscussionCan {
  const subject: Subject = { userId: me.user.id, organisationId: me.organisation.id, role: me.role, bodyIds: me.bodies.map((body) => body.id) };
  const resource: DocumentResource = {
    kind: 'document',
    organisationId: me.organisation.id,
    bodyId: document.bodyId,
    status: document.status,
    settings: me.organisation.settings,
  };
  return (action, kind, authorId) => can(subject, action, { kind, organisationId: me.organisation.id, document: resource, authorId });
}
