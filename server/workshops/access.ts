import { can, type WorkshopAction, type WorkshopResource } from '../../shared/auth/permissions';
import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { DomainError } from '../domain/domain-error';
import { findWorkshop, participationOf, workshopResource, type ParticipantRow, type WorkshopRow } from './load';

export interface AuthorizedWorkshop {
  workshop: WorkshopRow;
  participant: ParticipantRow | null;
  resource: WorkshopResource;
}

/**
 * A workshop the caller may take `action` in. A guest asking about any other workshop is forbidden (they
 * reach nothing else); a member gets not found for another organisation's workshop, never revealing it.
 */
export async function authorizeWorkshop(db: AppDb, caller: Caller, workshopId: string, action: WorkshopAction): Promise<AuthorizedWorkshop> {
  if (caller.kind === 'guest' && caller.guest.session.workshopId !== workshopId) throw new DomainError('forbidden', 'guest_forbidden', 'error.guestForbidden');
  const workshop = await findWorkshop(db, workshopId);
  if (!workshop || workshop.organisationId !== caller.subject.organisationId) throw new DomainError('not_found', 'workshop_not_found', 'workshop.error.notFound');
  const participant = await participationOf(db, caller, workshop.id);
  const resource = workshopResource(workshop, participant);
  if (!can(caller.subject, action, resource)) throw new DomainError('forbidden', 'forbidden', 'error.forbidden');
  return { workshop, participant, resource };
}
