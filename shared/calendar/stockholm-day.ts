/** Calendar days in Europe/Stockholm, where every kommun in Samsyn keeps its dates (a workshop day, a decision date, a period). */
const TIME_ZONE = 'Europe/Stockholm';

const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The date (YYYY-MM-DD) it is in Stockholm at `instant`. */
export function stockholmDate(instant: Date): string {
  return dayFormat.format(instant);
}

/** Stockholm's offset from UTC at `instant`, in ms (+1 h in winter, +2 h in summer). */
function offsetMs(instant: Date): number {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the day `date` (YYYY-MM-DD) ends in Stockholm: midnight at the start of the next day. */
export function endOfStockholmDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(year, month - 1, day + 1);
  const guess = midnightAsUtc - offsetMs(new Date(midnightAsUtc));
  // Once more at the guess itself, in case an offset change lies between the two.
  return new Date(midnightAsUtc - offsetMs(new Date(guess)));
}
