import { baselineText, figuresText } from '../../../shared/goals/figure-text';
import { noFigures, type IndicatorFigures } from '../../../shared/goals/indicator-figures';
import type { IndicatorData } from '../../../shared/goals/model';

/**
 * An indicator of an uppföljning's goal as written at creation; one made before indicators had figures
 * has none (the goal is a JSON copy, not read through readFigures).
 */
function withFigures(indicator: IndicatorData): IndicatorData & IndicatorFigures {
  const stored = indicator as Partial<IndicatorFigures> & IndicatorData;
  return { ...indicator, unit: stored.unit ?? '', baselineYear: stored.baselineYear ?? null, baselineValues: stored.baselineValues ?? noFigures(), targetValues: stored.targetValues ?? {} };
}

const joined = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' – ');

/** What the måldokument said of the indicator: unit, baseline and the year's target, figures and notes together ('' for none). */
export function indicatorFacts(indicator: IndicatorData, year: number): { unit: string; baseline: string; target: string } {
  const figures = withFigures(indicator);
  const targetValues = figures.targetValues[String(year)] ?? noFigures();
  return {
    unit: figures.unit.trim(),
    baseline: joined(baselineText(figures), indicator.baseline),
    target: joined(figuresText(targetValues, figures.unit, indicator.genderSplit), indicator.targets[String(year)] ?? ''),
  };
}
