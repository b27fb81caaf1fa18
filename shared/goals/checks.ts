/**
 * Checks from the styrmodell seeds, shown beside each goal: SMARTA (001), indicators with baseline,
 * targets and gender split (002, 004), links to Agenda 2030 and, where the kommun asks for it, to a
 * parent goal (004: off by default). The most goals per body are count-warnings.ts. They warn, never block.
 */
import type { MessageKey, MessageParams } from '../i18n';
import type { GoalSettings } from './goal-settings';
import { hasFigure } from './indicator-figures';
import { levelRank } from './levels';
import type { GoalData } from './model';

const SMARTA_CRITERIA = [
  'specifik',
  'matbar',
  'accepterad',
  'realistisk',
  'tidsbegransad',
  'ansvarsfordelad',
] as const;
type SmartaCriterion = (typeof SMARTA_CRITERIA)[number];

export interface GoalHint {
  code: string;
  criterion: SmartaCriterion | null;
  messageKey: MessageKey;
  /** 'suggestion' for softer advice ("when possible"), 'warning' otherwise. */
  severity: 'warning' | 'suggestion';
  /** Placeholders for `t(messageKey, params)`, e.g. the indicator's name. */
  params?: MessageParams;
  /** Set when the hint is about one indicator. */
  indicatorId?: string;
}

const blank = (text: string): boolean => text.trim() === '';

/** What of the kommun's settings the hints follow. */
export type HintSettings = Pick<GoalSettings, 'goalLevels' | 'requireParentGoal'>;

export function goalHints(goal: GoalData, settings: HintSettings): GoalHint[] {
  const hints: GoalHint[] = [];
  const warn = (code: string, criterion: SmartaCriterion | null, messageKey: MessageKey, extra: Partial<GoalHint> = {}) =>
    hints.push({ code, criterion, messageKey, severity: 'warning', ...extra });

  if (blank(goal.title)) warn('title-missing', 'specifik', 'goal.hint.titleMissing');
  if (blank(goal.viljeinriktningText)) warn('viljeinriktning-missing', 'specifik', 'goal.hint.viljeinriktningMissing');

  if (goal.indicators.length === 0) warn('indicators-missing', 'matbar', 'goal.hint.indicatorsMissing');
  for (const indicator of goal.indicators) {
    const about = { indicatorId: indicator.id, params: { name: blank(indicator.name) ? '–' : indicator.name.trim() } };
    if (blank(indicator.name)) warn('indicator-name-missing', 'matbar', 'goal.hint.indicatorNameMissing', about);
    // A note is no value: a baseline or target counts once it has a figure.
    if (!hasFigure(indicator.baselineValues)) {
      warn('indicator-baseline-missing', 'matbar', blank(indicator.baseline) ? 'goal.hint.baselineMissing' : 'indicator.hint.baselineOnlyNote', about);
    } else if (indicator.baselineYear === null) {
      warn('indicator-baseline-year-missing', 'matbar', 'indicator.hint.baselineYearMissing', about);
    }
    if (!Object.values(indicator.targetValues).some(hasFigure)) {
      const noted = Object.values(indicator.targets).some((target) => !blank(target));
      warn('indicator-target-missing', 'matbar', noted ? 'indicator.hint.targetOnlyNote' : 'goal.hint.targetMissing', about);
    }
    if (!indicator.genderSplit) {
      warn('indicator-not-gender-split', null, 'goal.hint.notGenderSplit', { ...about, severity: 'suggestion' });
    }
  }

  if (goal.periodFrom === null && goal.periodTo === null) {
    warn('period-missing', 'tidsbegransad', 'goal.hint.periodMissing');
  } else if (goal.periodFrom !== null && goal.periodTo !== null && goal.periodTo < goal.periodFrom) {
    warn('period-reversed', 'tidsbegransad', 'goal.hint.periodReversed');
  }

  if (goal.responsibleBodyId === null) warn('responsible-missing', 'ansvarsfordelad', 'goal.hint.responsibleMissing');
  // Only a known level below the top can have a parent: a goal without a level, or one since removed, cannot be told what to link to.
  if (settings.requireParentGoal && levelRank(settings.goalLevels, goal.level) > 0 && goal.parentGoalId === null) {
    warn('parent-missing', null, 'goal.hint.parentMissing');
  }
  if (goal.agenda2030.length === 0) {
    warn('agenda2030-missing', null, 'goal.hint.agenda2030Missing', { severity: 'suggestion' });
  }
  return hints;
}
