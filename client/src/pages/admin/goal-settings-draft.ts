/**
 * The admin form's draft of the goal settings: texts as typed, rows with a local id so they keep their
 * fields (and focus) when moved. Saving turns it into settings (new rows get a key from their first
 * name, kept ever after) and checks them with the same rules as the server.
 */
import type { OrganisationSettings } from '../../../../shared/domain/organisation-settings';
import { DEFAULT_GOAL_COUNT_RULE, type GoalCountRule } from '../../../../shared/goals/count-rules';
import { goalSettingsProblems, type GoalSettings } from '../../../../shared/goals/goal-settings';
import { keyFromName } from '../../../../shared/goals/setting-keys';
import { t } from '../../../../shared/i18n';

export interface LevelDraft {
  id: string;
  /** null until first saved. */
  key: string | null;
  name: string;
  goalName: string;
  /** The most goals under the per-level rule; empty: no limit. */
  max: string;
}

export interface PeriodDraft {
  id: string;
  key: string | null;
  name: string;
  /** '1'–'12' and '1'–'31', as the selects give them. */
  month: string;
  day: string;
  forecast: boolean;
}

export interface GoalSettingsDraft {
  levels: LevelDraft[];
  ruleKind: GoalCountRule['kind'];
  totalMax: string;
  requireParentGoal: boolean;
  periods: PeriodDraft[];
}

/** What seed 001 allows in total when a kommun first switches to that rule. */
const DEFAULT_TOTAL_MAX = 7;

const localId = () => crypto.randomUUID();

export function draftOf(settings: OrganisationSettings): GoalSettingsDraft {
  const rule = settings.goalCountRule;
  const perLevel = rule.kind === 'perLevel' ? rule.max : DEFAULT_GOAL_COUNT_RULE.kind === 'perLevel' ? DEFAULT_GOAL_COUNT_RULE.max : {};
  return {
    levels: settings.goalLevels.map((level) => ({ id: localId(), key: level.key, name: level.name, goalName: level.goalName, max: String(perLevel[level.key] ?? '') })),
    ruleKind: rule.kind,
    totalMax: String(rule.kind === 'totalWithTop' ? rule.max : DEFAULT_TOTAL_MAX),
    requireParentGoal: settings.requireParentGoal,
    periods: settings.followUpPeriods.map((period) => {
      const [month = '', day = ''] = period.asOf.split('-');
      return { id: localId(), key: period.key, name: period.name, month: String(Number(month)), day: String(Number(day)), forecast: period.forecast };
    }),
  };
}

export const newLevel = (): LevelDraft => ({ id: localId(), key: null, name: '', goalName: '', max: '' });

export const newPeriod = (): PeriodDraft => ({ id: localId(), key: null, name: '', month: '12', day: '31', forecast: false });

/** A whole number as typed; anything else is NaN, which the checks refuse beside its field. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

function withKeys<T extends { key: string | null; name: string }>(rows: readonly T[], fallback: string): Array<T & { key: string }> {
  const taken = rows.flatMap((row) => (row.key === null ? [] : [row.key]));
  return rows.map((row) => {
    if (row.key !== null) return { ...row, key: row.key };
    const key = keyFromName(row.name, taken, fallback);
    taken.push(key);
    return { ...row, key };
  });
}

const pad = (text: string) => text.padStart(2, '0');

export function settingsOf(draft: GoalSettingsDraft): GoalSettings {
  const levels = withKeys(draft.levels, 'niva');
  const goalCountRule: GoalCountRule =
    draft.ruleKind === 'perLevel'
      ? { kind: 'perLevel', max: Object.fromEntries(levels.map((level) => [level.key, level.max.trim() === '' ? null : wholeNumber(level.max)])) }
      : { kind: 'totalWithTop', max: wholeNumber(draft.totalMax) };
  return {
    goalLevels: levels.map(({ key, name, goalName }) => ({ key, name: name.trim(), goalName: goalName.trim() })),
    goalCountRule,
    requireParentGoal: draft.requireParentGoal,
    followUpPeriods: withKeys(draft.periods, 'uppfoljning').map(({ key, name, month, day, forecast }) => ({ key, name: name.trim(), asOf: `${pad(month)}-${pad(day)}`, forecast })),
  };
}

/**
 * Each problem as the message to show beside its field, by the draft row it concerns:
 * 'level:<row id>:name', 'max:<row id>', 'total', 'period:<row id>:asOf', 'levels', 'periods'.
 */
export function fieldErrors(draft: GoalSettingsDraft, settings: GoalSettings): Map<string, string> {
  const errors = new Map<string, string>();
  const levelRow = (index: string) => draft.levels[Number(index)]?.id;
  for (const problem of goalSettingsProblems(settings)) {
    const message = t(problem.messageKey, problem.params);
    const [list, index = '', field = ''] = problem.field.split('.');
    let place: string | undefined;
    if (problem.field === 'goalLevels') place = 'levels';
    else if (problem.field === 'followUpPeriods') place = 'periods';
    else if (problem.field === 'goalCountRule.max') place = 'total';
    else if (list === 'goalCountRule') place = `max:${draft.levels[settings.goalLevels.findIndex((level) => level.key === field)]?.id}`;
    // A key is made from the name, so a problem with it is the name's to show.
    else if (list === 'goalLevels') place = `level:${levelRow(index)}:${field === 'key' ? 'name' : field}`;
    else if (list === 'followUpPeriods') place = `period:${draft.periods[Number(index)]?.id}:${field === 'key' ? 'name' : field}`;
    if (place && !errors.has(place)) errors.set(place, message);
  }
  return errors;
}
