/**
 * Goals as a fastställd version stored them (its `goals` column): versions locked before indicators
 * had figures hold indicators without them, and read as having none (their texts are their record).
 */
import { noFigures, type IndicatorFigures } from './indicator-figures';
import type { GoalData, IndicatorData } from './model';

type StoredIndicator = Omit<IndicatorData, keyof IndicatorFigures> & Partial<IndicatorFigures>;
type StoredGoal = Omit<GoalData, 'indicators'> & { indicators: StoredIndicator[] };

export function storedGoals(stored: unknown): GoalData[] {
  return (stored as StoredGoal[]).map((goal) => ({
    ...goal,
    indicators: goal.indicators.map((indicator) => ({ unit: '', baselineYear: null, baselineValues: noFigures(), targetValues: {}, ...indicator })),
  }));
}
