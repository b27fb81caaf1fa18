/**
 * An indicator's figures in the Y.Doc: its unit, its baseline (a year and values) and a target value per
 * year, each value for totalt and, when könsuppdelad, kvinnor and män. Figures are numbers, last writer
 * wins; the free notes beside them stay where the texts were before there were numbers (`baseline`
 * Y.Text, `targets` year → string, see model.ts).
 *
 * On the indicator Y.Map:
 * - `unit`: Y.Text ("%", "kr/invånare")
 * - `baselineYear`: number | null
 * - `baselineValues`: Y.Map, 'total' | 'women' | 'men' → number
 * - `targetValues`: Y.Map, '2027.total' | '2027.women' | '2027.men' → number. One flat map, not a map
 *   per year: two people giving the first values of one year at once would each create that year's
 *   map, and only one map would survive.
 * - `figuresVersion`: 2 once the indicator has these fields (new, or migrated from text:
 *   indicator-migration.ts). Without it the indicator is as it was before figures.
 */
import * as Y from 'yjs';

export const FIGURE_KEYS = ['total', 'women', 'men'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** One figure for totalt, kvinnor and män; null where none is given. */
export type FigureValues = Record<FigureKey, number | null>;

export interface IndicatorFigures {
  unit: string;
  baselineYear: number | null;
  baselineValues: FigureValues;
  /** Year ('2027') → values, for the years that have at least one value. */
  targetValues: Record<string, FigureValues>;
}

export const FIGURES_VERSION = 2;

const YEAR_KEY = /^\d{4}$/;

const isFigure = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isFigureYear = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2200;
const isFigureKey = (value: string): value is FigureKey => (FIGURE_KEYS as readonly string[]).includes(value);

export const noFigures = (): FigureValues => ({ total: null, women: null, men: null });

export const hasFigure = (values: FigureValues): boolean => FIGURE_KEYS.some((key) => values[key] !== null);

/** The figure fields of a new indicator; the caller runs it inside the transaction that adds the indicator. */
export function initFigureFields(indicator: Y.Map<unknown>, unit = ''): void {
  indicator.set('unit', new Y.Text(unit));
  indicator.set('baselineYear', null);
  indicator.set('baselineValues', new Y.Map<number>());
  indicator.set('targetValues', new Y.Map<number>());
  indicator.set('figuresVersion', FIGURES_VERSION);
}

function figureMap(indicator: Y.Map<unknown>, key: 'baselineValues' | 'targetValues'): Y.Map<unknown> {
  const existing = indicator.get(key);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  indicator.set(key, created);
  return created;
}

function setFigure(map: Y.Map<unknown>, key: string, value: number | null): void {
  if (value === null) {
    if (map.has(key)) map.delete(key);
  } else if (isFigure(value) && map.get(key) !== value) {
    map.set(key, value);
  }
}

export function setBaselineYear(indicator: Y.Map<unknown>, year: number | null): void {
  if (year !== null && !isFigureYear(year)) return;
  if (indicator.get('baselineYear') !== year) indicator.set('baselineYear', year);
}

/** Sets (or, with null, removes) one baseline value; anything but a finite number is ignored. */
export function setBaselineValue(indicator: Y.Map<unknown>, key: FigureKey, value: number | null): void {
  setFigure(figureMap(indicator, 'baselineValues'), key, value);
}

/** Sets (or, with null, removes) one target value of one year ('2027'). */
export function setTargetValue(indicator: Y.Map<unknown>, year: string, key: FigureKey, value: number | null): void {
  if (!YEAR_KEY.test(year)) return;
  setFigure(figureMap(indicator, 'targetValues'), `${year}.${key}`, value);
}

function readValues(map: unknown, prefix = ''): FigureValues {
  const values = noFigures();
  if (!(map instanceof Y.Map)) return values;
  for (const key of FIGURE_KEYS) {
    const value = map.get(prefix + key);
    if (isFigure(value)) values[key] = value;
  }
  return values;
}

function readTargetValues(map: unknown): Record<string, FigureValues> {
  if (!(map instanceof Y.Map)) return {};
  const years = new Set<string>();
  for (const key of map.keys()) {
    const [year, figure] = key.split('.');
    if (year && figure && YEAR_KEY.test(year) && isFigureKey(figure)) years.add(year);
  }
  return Object.fromEntries(
    [...years]
      .sort()
      .map((year) => [year, readValues(map, `${year}.`)] as const)
      .filter(([, values]) => hasFigure(values)),
  );
}

/** The figures as plain data; an indicator from before figures reads as having none. */
export function readFigures(indicator: Y.Map<unknown>): IndicatorFigures {
  const unit = indicator.get('unit');
  const year = indicator.get('baselineYear');
  return {
    unit: unit instanceof Y.Text ? unit.toString() : '',
    baselineYear: isFigureYear(year) ? year : null,
    baselineValues: readValues(indicator.get('baselineValues')),
    targetValues: readTargetValues(indicator.get('targetValues')),
  };
}
