/**
 * A kommun's goal settings: its levels, how many goals a body may have, whether a goal below the top
 * needs a parent, and its follow-up periods. The admin page checks a draft with `goalSettingsProblems`
 * before saving, and the server refuses what it finds with the same Swedish messages.
 */
import type { MessageKey, MessageParams } from '../i18n';
import type { GoalCountRule } from './count-rules';
import { isDayOfYear, isPeriodKey, type FollowUpPeriodSetting } from './follow-up';
import { isLevelKey, type GoalLevelSetting } from './levels';

export interface GoalSettings {
  /** Top first; a goal stores its level's key. */
  goalLevels: GoalLevelSetting[];
  /** Most goals per body and year (checks warn, never block). */
  goalCountRule: GoalCountRule;
  /** Warn when a goal below the top level has no parent (seed 004: off, not every KF goal is broken down). */
  requireParentGoal: boolean;
  followUpPeriods: FollowUpPeriodSetting[];
}

export const GOAL_SETTING_BOUNDS = {
  levels: { min: 1, max: 8 },
  periods: { min: 1, max: 12 },
  nameLength: 80,
  maxGoals: { min: 1, max: 50 },
} as const;

/** One thing wrong, at a field path the admin form shows it beside ('goalLevels.1.name', 'goalCountRule.max.kf'). */
export interface GoalSettingsProblem {
  field: string;
  messageKey: MessageKey;
  params?: MessageParams;
}

const goodName = (name: string) => name.trim().length >= 1 && name.length <= GOAL_SETTING_BOUNDS.nameLength;
const goodMax = (max: number) => Number.isInteger(max) && max >= GOAL_SETTING_BOUNDS.maxGoals.min && max <= GOAL_SETTING_BOUNDS.maxGoals.max;
const range = (bounds: { min: number; max: number }) => ({ min: bounds.min, max: bounds.max });

function levelProblems(levels: readonly GoalLevelSetting[]): GoalSettingsProblem[] {
  const problems: GoalSettingsProblem[] = [];
  if (levels.length < GOAL_SETTING_BOUNDS.levels.min || levels.length > GOAL_SETTING_BOUNDS.levels.max) {
    problems.push({ field: 'goalLevels', messageKey: 'goalSettings.error.levelCount', params: range(GOAL_SETTING_BOUNDS.levels) });
  }
  const keys = new Set<string>();
  const names = new Set<string>();
  levels.forEach((level, index) => {
    const at = (field: string) => `goalLevels.${index}.${field}`;
    const number = index + 1;
    if (!isLevelKey(level.key)) problems.push({ field: at('key'), messageKey: 'goalSettings.error.levelKey', params: { number, key: level.key } });
    else if (keys.has(level.key)) problems.push({ field: at('key'), messageKey: 'goalSettings.error.levelKeyTaken', params: { number, key: level.key } });
    keys.add(level.key);
    if (!goodName(level.name)) problems.push({ field: at('name'), messageKey: 'goalSettings.error.levelName', params: { number, max: GOAL_SETTING_BOUNDS.nameLength } });
    else if (names.has(level.name.trim())) problems.push({ field: at('name'), messageKey: 'goalSettings.error.levelNameTaken', params: { number, name: level.name.trim() } });
    names.add(level.name.trim());
    if (!goodName(level.goalName)) problems.push({ field: at('goalName'), messageKey: 'goalSettings.error.levelGoalName', params: { number, max: GOAL_SETTING_BOUNDS.nameLength } });
  });
  return problems;
}

function ruleProblems(rule: GoalCountRule, levels: readonly GoalLevelSetting[]): GoalSettingsProblem[] {
  const bounds = range(GOAL_SETTING_BOUNDS.maxGoals);
  if (rule.kind === 'totalWithTop') return goodMax(rule.max) ? [] : [{ field: 'goalCountRule.max', messageKey: 'goalSettings.error.totalMax', params: bounds }];
  return Object.entries(rule.max).flatMap(([key, max]): GoalSettingsProblem[] => {
    const level = levels.find((candidate) => candidate.key === key)?.name ?? key;
    if (!isLevelKey(key)) return [{ field: `goalCountRule.max.${key}`, messageKey: 'goalSettings.error.maxKey', params: { key } }];
    return max === null || goodMax(max) ? [] : [{ field: `goalCountRule.max.${key}`, messageKey: 'goalSettings.error.levelMax', params: { level, ...bounds } }];
  });
}

function periodProblems(periods: readonly FollowUpPeriodSetting[]): GoalSettingsProblem[] {
  const problems: GoalSettingsProblem[] = [];
  if (periods.length < GOAL_SETTING_BOUNDS.periods.min || periods.length > GOAL_SETTING_BOUNDS.periods.max) {
    problems.push({ field: 'followUpPeriods', messageKey: 'goalSettings.error.periodCount', params: range(GOAL_SETTING_BOUNDS.periods) });
  }
  const keys = new Set<string>();
  const names = new Set<string>();
  periods.forEach((period, index) => {
    const at = (field: string) => `followUpPeriods.${index}.${field}`;
    const number = index + 1;
    if (!isPeriodKey(period.key)) problems.push({ field: at('key'), messageKey: 'goalSettings.error.periodKey', params: { number, key: period.key } });
    else if (keys.has(period.key)) problems.push({ field: at('key'), messageKey: 'goalSettings.error.periodKeyTaken', params: { number, key: period.key } });
    keys.add(period.key);
    if (!goodName(period.name)) problems.push({ field: at('name'), messageKey: 'goalSettings.error.periodName', params: { number, max: GOAL_SETTING_BOUNDS.nameLength } });
    else if (names.has(period.name.trim())) problems.push({ field: at('name'), messageKey: 'goalSettings.error.periodNameTaken', params: { number, name: period.name.trim() } });
    names.add(period.name.trim());
    if (!isDayOfYear(period.asOf)) problems.push({ field: at('asOf'), messageKey: 'goalSettings.error.periodDay', params: { number, asOf: period.asOf } });
  });
  return problems;
}

/** Everything wrong with the settings, in the order the admin page shows the fields; empty when they may be saved. */
export function goalSettingsProblems(settings: GoalSettings): GoalSettingsProblem[] {
  return [...levelProblems(settings.goalLevels), ...ruleProblems(settings.goalCountRule, settings.goalLevels), ...periodProblems(settings.followUpPeriods)];
}
