import type { AssessmentSummary } from '../../../shared/goals/follow-up';
import type { GoalLevel } from '../../../shared/goals/model';
import { t, type MessageKey } from '../../../shared/i18n';

const GOAL_NOUNS: Record<GoalLevel, MessageKey> = {
  kf: 'followUp.counts.goals.kf',
  namnd: 'followUp.counts.goals.namnd',
  forvaltning: 'followUp.counts.goals.forvaltning',
};

/** What the goals are called in the count: "nämndmål" when all are a nämnd's, plain "mål" when levels mix. */
export function goalNoun(levels: ReadonlyArray<GoalLevel | null>): string {
  const first = levels[0] ?? null;
  return first && levels.every((level) => level === first) ? t(GOAL_NOUNS[first]) : t('followUp.counts.goals.mixed');
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
