/**
 * Checks from the styrmodell seeds, shown beside each goal: SMARTA (001), indicators with baseline,
 * targets and gender split (002, 004), links to a parent goal and Agenda 2030 (004), and the most
 * goals per level (004, a per-kommun setting). They warn, never block.
 */
import type { OrganisationSettings } from '../domain/organisation-settings';
import type { MessageKey, MessageParams } from '../i18n';
import { GOAL_LEVELS, type GoalData, type GoalLevel } from './model';

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

export function goalHints(goal: GoalData): GoalHint[] {
  const hints: GoalHint[] = [];
  const warn = (code: string, criterion: SmartaCriterion | null, messageKey: MessageKey, extra: Partial<GoalHint> = {}) =>
    hints.push({ code, criterion, messageKey, severity: 'warning', ...extra });

  if (blank(goal.title)) warn('title-missing', 'specifik', 'goal.hint.titleMissing');
  if (blank(goal.viljeinriktningText)) warn('viljeinriktning-missing', 'specifik', 'goal.hint.viljeinriktningMissing');

  if (goal.indicators.length === 0) warn('indicators-missing', 'matbar', 'goal.hint.indicatorsMissing');
  for (const indicator of goal.indicators) {
    const about = { indicatorId: indicator.id, params: { name: blank(indicator.name) ? '–' : indicator.name.trim() } };
    if (blank(indicator.name)) warn('indicator-name-missing', 'matbar', 'goal.hint.indicatorNameMissing', about);
    if (blank(indicator.baseline)) warn('indicator-baseline-missing', 'matbar', 'goal.hint.baselineMissing', about);
    if (!Object.values(indicator.targets).some((target) => !blank(target))) {
      warn('indicator-target-missing', 'matbar', 'goal.hint.targetMissing', about);
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
  if ((goal.level === 'namnd' || goal.level === 'forvaltning') && goal.parentGoalId === null) {
    warn('parent-missing', null, 'goal.hint.parentMissing');
  }
  if (goal.agenda2030.length === 0) {
    warn('agenda2030-missing', null, 'goal.hint.agenda2030Missing', { severity: 'suggestion' });
  }
  return hints;
}

export interface GoalCountWarning {
  level: GoalLevel;
  count: number;
  max: number;
  messageKey: MessageKey;
  params: { count: number; max: number };
}

const TOO_MANY: Record<GoalLevel, MessageKey> = {
  kf: 'goal.count.tooMany.kf',
  namnd: 'goal.count.tooMany.namnd',
  forvaltning: 'goal.count.tooMany.forvaltning',
};

/** One warning per level with more goals than the organisation's setting allows (null = no limit). */
export function goalCountWarnings(goals: GoalData[], maxGoals: OrganisationSettings['maxGoals']): GoalCountWarning[] {
  const warnings: GoalCountWarning[] = [];
  for (const level of GOAL_LEVELS) {
    const max = maxGoals[level];
    if (max === null || max === undefined) continue;
    const count = goals.filter((goal) => goal.level === level).length;
    if (count > max) warnings.push({ level, count, max, messageKey: TOO_MANY[level], params: { count, max } });
  }
  return warnings;
}
