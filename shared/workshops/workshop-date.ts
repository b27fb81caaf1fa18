/**
 * How far from today a workshop may be dated. A guest's session lasts until the end of the workshop's
 * day and browsers keep a cookie at most 400 days; a date years away is a typo, not a plan.
 */
const WORKSHOP_DATE_WINDOW = { daysBack: 365, daysAhead: 730 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

function shifted(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first and last date (YYYY-MM-DD) a workshop may have when it is `today` (YYYY-MM-DD). */
export function workshopDateRange(today: string): { from: string; to: string } {
  return { from: shifted(today, -WORKSHOP_DATE_WINDOW.daysBack), to: shifted(today, WORKSHOP_DATE_WINDOW.daysAhead) };
}

/** Whether `date` (a valid YYYY-MM-DD) lies in the window around `today`; ISO dates compare as strings. */
export function isWorkshopDateInRange(date: string, today: string): boolean {
  const { from, to } = workshopDateRange(today);
  return date >= from && date <= to;
}
