import { isWorkshopDateInRange, workshopDateRange } from '../../shared/workshops/workshop-date';
import { DomainError } from '../domain/domain-error';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

/** A workshop date a facilitator sends must lie in the window around today in Stockholm (400 otherwise). */
export function assertWorkshopDate(date: string | undefined, now: Date): void {
  if (date === undefined) return;
  const today = stockholmDate(now);
  if (isWorkshopDateInRange(date, today)) return;
  throw new DomainError('invalid', 'date_out_of_range', 'workshop.error.dateOutOfRange', workshopDateRange(today));
}
