import type { Caller } from '../auth/caller';
import type { AppDb } from '../db/database';
import { DomainError } from '../domain/domain-error';
import { authorizeWorkshop } from './access';
import { workshopByCode } from './join-workshop';
import type { WorkshopRow } from './load';

/**
 * The workshop a code names, for a caller who may view it (a member of its organisation, or its own
 * guest). Every refusal is the unknown code (not found) and counts as a wrong guess: otherwise the answer, or
 * the throttle, would tell a member of another organisation that the code exists.
 */
export function viewableWorkshopByCode(db: AppDb, caller: Caller, typed: string, ip: string, now: Date): Promise<WorkshopRow> {
  return workshopByCode(db, typed, ip, now, async (workshop) => {
    try {
      return (await authorizeWorkshop(db, caller, workshop.id, 'workshop.view')).workshop;
    } catch (error) {
      if (!(error instanceof DomainError) || (error.kind !== 'forbidden' && error.kind !== 'not_found')) throw error;
      throw new DomainError('not_found', 'unknown_code', 'workshop.error.unknownCode');
    }
  });
}
