/**
 * Indicators written before there were figures kept their baseline and targets as free text
 * ("12,5 % (2025)", "2025: 34 %", "40 %"). The migration gives each such indicator its figure fields and
 * fills them where the text says a number (and a year), in the indicator's unit; the text stays as the
 * note unless the figures now say exactly the same, so no character is lost.
 *
 * It runs where a document is opened (the document room's load hook, a restore) and may run in two
 * places on the same old state: it only sets map keys (last writer wins, both write the same), sets
 * newly made Y types as a whole, and deletes text, never inserts into an existing Y.Text, so running it
 * twice, here or anywhere, adds nothing twice. `figuresVersion` marks an indicator as done.
 */
import * as Y from 'yjs';
import { FIGURES_VERSION, isFigureYear } from './indicator-figures';
import { formatSwedishNumber, parseSwedishNumber } from './numbers';

interface Figure {
  value: number;
  /** The unit written after the number ('%', 'kr'), '' for none. */
  unit: string;
}

// A unit is letters, a percent or per mille sign and what joins them ("kr/invånare", "m²"): "45 % (delmål)" is a note, not a unit.
const NUMBER_AND_UNIT = /^([−–+-]?[\d\s.,']*\d)\s*([%‰\p{L}][\p{L}%‰/.²³ ]{0,29})?$/u;
// "12,5 % (2025)", "12,5 % (år 2025)", "12,5 % år 2025", "2025: 12,5 %", "år 2025: 12,5 %".
const YEAR_AFTER = /^(.+?)\s*(?:\(\s*(?:år\s*)?(\d{4})\s*\)|\s+år\s+(\d{4}))$/iu;
const YEAR_BEFORE = /^(?:år\s*)?(\d{4})\s*:\s*(.+)$/iu;

function readFigure(text: string): Figure | null {
  const match = NUMBER_AND_UNIT.exec(text.trim());
  if (!match) return null;
  const value = parseSwedishNumber(match[1]!);
  return value === null ? null : { value, unit: (match[2] ?? '').trim() };
}

function readBaseline(text: string): { figure: Figure; year: number | null } | null {
  const trimmed = text.trim();
  const after = YEAR_AFTER.exec(trimmed);
  const before = after ? null : YEAR_BEFORE.exec(trimmed);
  const [valueText, yearText] = after ? [after[1]!, after[2] ?? after[3]!] : before ? [before[2]!, before[1]!] : [trimmed, null];
  const year = yearText === null ? null : Number(yearText);
  if (year !== null && !isFigureYear(year)) return null;
  const figure = readFigure(valueText);
  return figure && { figure, year };
}

/** Whitespace and the kind of minus sign aside, the same characters: what the figure shows is what the text said. */
const squash = (text: string) => text.replace(/\s+/gu, '').replace(/[−–]/gu, '-');
const sameUnit = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const textOf = (value: unknown): string => (value instanceof Y.Text ? value.toString() : '');

function stringTargets(indicator: Y.Map<unknown>): Array<[year: string, text: string]> {
  const targets = indicator.get('targets');
  if (!(targets instanceof Y.Map)) return [];
  return [...targets.entries()].filter((entry): entry is [string, string] => /^\d{4}$/.test(entry[0]) && typeof entry[1] === 'string').sort(([a], [b]) => a.localeCompare(b));
}

function migrateIndicator(indicator: Y.Map<unknown>): void {
  const baselineText = indicator.get('baseline');
  const baseline = readBaseline(textOf(baselineText));
  const targets = stringTargets(indicator).map(([year, text]) => ({ year, text, figure: readFigure(text) }));
  const existingUnit = indicator.get('unit');
  const unit = existingUnit instanceof Y.Text ? existingUnit.toString().trim() : ([baseline?.figure, ...targets.map((target) => target.figure)].find((figure) => figure?.unit)?.unit ?? '');
  const fits = (figure: Figure | null | undefined): figure is Figure => figure !== null && figure !== undefined && (figure.unit === '' || sameUnit(figure.unit, unit));

  if (!(existingUnit instanceof Y.Text)) indicator.set('unit', new Y.Text(unit));
  const baselineFigure = fits(baseline?.figure) ? baseline!.figure : null;
  const baselineYear = baselineFigure ? baseline!.year : null;
  if (baselineYear !== null) indicator.set('baselineYear', baselineYear);
  else if (!indicator.has('baselineYear')) indicator.set('baselineYear', null);
  setValues(indicator, 'baselineValues', baselineFigure ? [['total', baselineFigure.value]] : []);
  const targetFigures = targets.filter((target) => fits(target.figure));
  setValues(indicator, 'targetValues', targetFigures.map((target) => [`${target.year}.total`, target.figure!.value]));

  if (baselineFigure && baselineText instanceof Y.Text) {
    const shown = formatSwedishNumber(baselineFigure.value, unit) + (baselineYear === null ? '' : ` (${baselineYear})`);
    if (squash(shown) === squash(baselineText.toString())) baselineText.delete(0, baselineText.length);
  }
  const targetNotes = indicator.get('targets');
  for (const target of targetFigures) {
    if (targetNotes instanceof Y.Map && squash(formatSwedishNumber(target.figure!.value, unit)) === squash(target.text)) targetNotes.delete(target.year);
  }
  indicator.set('figuresVersion', FIGURES_VERSION);
}

/** A map made whole and set at once, so a second migration's map replaces it with the same content. */
function setValues(indicator: Y.Map<unknown>, key: 'baselineValues' | 'targetValues', entries: Array<[string, number]>): void {
  const existing = indicator.get(key);
  if (existing instanceof Y.Map) {
    for (const [figure, value] of entries) if (!existing.has(figure)) existing.set(figure, value);
  } else {
    indicator.set(key, new Y.Map<number>(entries));
  }
}

function indicatorsToMigrate(doc: Y.Doc): Array<Y.Map<unknown>> {
  const goals = doc.getMap<unknown>('fields').get('goals');
  if (!(goals instanceof Y.Array)) return [];
  return (goals.toArray() as unknown[]).flatMap((goal) => {
    const indicators = goal instanceof Y.Map ? goal.get('indicators') : undefined;
    if (!(indicators instanceof Y.Array)) return [];
    return (indicators.toArray() as unknown[]).filter((indicator): indicator is Y.Map<unknown> => indicator instanceof Y.Map && indicator.get('figuresVersion') !== FIGURES_VERSION);
  });
}

/** Whether the document has an indicator from before figures. */
export function needsFiguresMigration(doc: Y.Doc): boolean {
  return indicatorsToMigrate(doc).length > 0;
}

/** Gives every indicator from before figures its figures, in one transaction; nothing for the rest. */
export function migrateIndicatorFigures(doc: Y.Doc): void {
  const indicators = indicatorsToMigrate(doc);
  if (indicators.length === 0) return;
  doc.transact(() => {
    for (const indicator of indicators) migrateIndicator(indicator);
  });
}
