/**
 * An indicator's figures as text, for exports and comparisons: "12,5 % (2025)", and when könsuppdelad
 * "Kvinnor 13 %, Män 12 %, Totalt 12,5 %". The notes are not part of it: callers print them beside.
 */
import { t } from '../i18n';
import type { FigureKey, FigureValues, IndicatorFigures } from './indicator-figures';
import { formatSwedishNumber } from './numbers';

const SPLIT_ORDER: readonly FigureKey[] = ['women', 'men', 'total'];

/** '' when there is no figure to show (kvinnor and män are shown only when the indicator is könsuppdelad). */
export function figuresText(values: FigureValues, unit: string, genderSplit: boolean): string {
  if (!genderSplit) return values.total === null ? '' : formatSwedishNumber(values.total, unit);
  return SPLIT_ORDER.flatMap((key) => {
    const value = values[key];
    return value === null ? [] : [`${t(`indicator.${key}`)} ${formatSwedishNumber(value, unit)}`];
  }).join(', ');
}

export function baselineText(indicator: IndicatorFigures & { genderSplit: boolean }): string {
  const figures = figuresText(indicator.baselineValues, indicator.unit, indicator.genderSplit);
  const year = indicator.baselineYear === null ? '' : `(${indicator.baselineYear})`;
  return [figures, year].filter(Boolean).join(' ');
}

/** The years that have a target figure or a target note, in order. */
export function targetYears(indicator: IndicatorFigures & { targets: Record<string, string> }): string[] {
  return [...new Set([...Object.keys(indicator.targetValues), ...Object.keys(indicator.targets)])].sort();
}
