/**
 * Indicator figures as people in a kommun write and read them: "12,5", "1 234", "−3,2", "12,5 %".
 * A figure is a number (never text) once parsed, so outcomes can be compared with targets and summed.
 */

const GROUPING = /[\s\u00a0\u202f']/g;
const MINUS = /^[\u2212\u2013-]/;

/**
 * The number in `input` as typed in Swedish (decimal comma, spaces between thousands), or null when
 * it is empty or not a number. A point is read as the decimal sign when there is no comma ("12.5"),
 * since that is what a number pasted from a spreadsheet in English looks like. A trailing unit that
 * matches `unit` (or a "%") is allowed, as people type "12,5 %".
 */
export function parseSwedishNumber(input: string, unit = ''): number | null {
  let text = input.trim();
  if (text === '') return null;
  for (const suffix of [unit.trim(), '%']) {
    if (suffix && text.toLowerCase().endsWith(suffix.toLowerCase())) text = text.slice(0, -suffix.length).trim();
  }
  const negative = MINUS.test(text);
  if (negative) text = text.slice(1).trim();
  text = text.replace(GROUPING, '');
  if (text.includes(',')) {
    if (text.includes('.')) return null;
    text = text.replace(',', '.');
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

const format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** "1 234,5" or, with a unit, "12,5 %" (a non-breaking space keeps the unit with its number). */
export function formatSwedishNumber(value: number, unit = ''): string {
  const number = format.format(value);
  const trimmed = unit.trim();
  return trimmed ? `${number}\u00a0${trimmed}` : number;
}
