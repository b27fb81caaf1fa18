import type { AssessmentSummary } from '../../../shared/goals/follow-up';
import type { GoalLevelSetting } from '../../../shared/goals/levels';
import { t } from '../../../shared/i18n';

/** What the goals are called in the count, as the kommun names its levels' goals ("nämndmål"); plain "mål" when levels mix. */
export function goalNoun(levels: readonly GoalLevelSetting[], goalLevels: ReadonlyArray<string | null>): string {
  const first = goalLevels[0] ?? null;
  const level = first !== null && goalLevels.every((key) => key === first) ? levels.find((candidate) => candidate.key === first) : undefined;
  return level ? level.goalName.toLocaleLowerCase('sv-SE') : t('followUp.counts.goals.mixed');
}

/** "8 uppnås helt, 10 delvis, 0 ej av 18 nämndmål", then what cannot be assessed and what lacks an assessment, when any. */
export function summarySentences(summary: AssessmentSummary, noun: string): string[] {
  return [
    t('followUp.counts.main', { helt: summary.helt, delvis: summary.delvis, ej: summary.ej, total: summary.total, goals: noun }),
    ...(summary.ejBedomd > 0 ? [t('followUp.counts.ejBedomd', { count: summary.ejBedomd })] : []),
    ...(summary.saknas > 0 ? [t('followUp.counts.saknas', { count: summary.saknas })] : []),
  ];
}

/** "3 helt · 1 delvis · 0 ej av 5", for a row of the document list. */
export const compactSummary = (summary: AssessmentSummary) =>
  t('followUp.counts.compact', { helt: summary.helt, delvis: summary.delvis, ej: summary.ej, total: summary.total });
