import { agenda2030Label } from '../../shared/goals/agenda2030';
import { baselineText, figuresText, targetYears } from '../../shared/goals/figure-text';
import { noFigures } from '../../shared/goals/indicator-figures';
import { levelName, type GoalLevelSetting } from '../../shared/goals/levels';
import type { GoalData, IndicatorData } from '../../shared/goals/model';
import { goalPeriodText, parentGoalText } from '../../shared/goals/goal-text';
import { t } from '../../shared/i18n';
import type { ExportVersion, ParentGoal } from './model';

/** One goal as the exports print it: labelled fields, then its indicators as a table. */
export interface GoalSummary {
  title: string;
  fields: Array<[string, string]>;
  indicatorHeader: string[];
  /** One row per indicator; a cell's lines (targets per year) are separated by '\n'. */
  indicatorRows: string[][];
}

const dash = () => t('export.empty');

const period = (goal: GoalData): string => goalPeriodText(goal) ?? dash();

/** One line per year: its figures and its note ("2027: 40 % – minst 45 % på sikt"). */
function targets(indicator: IndicatorData): string {
  const lines = targetYears(indicator).flatMap((year) => {
    const figures = figuresText(indicator.targetValues[year] ?? noFigures(), indicator.unit, indicator.genderSplit);
    const said = [figures, indicator.targets[year]?.trim() ?? ''].filter(Boolean);
    return said.length === 0 ? [] : [`${year}: ${said.join(' – ')}`];
  });
  return lines.length === 0 ? dash() : lines.join('\n');
}

/** The baseline's figures with its year, and its note on a line of its own. */
function baseline(indicator: IndicatorData): string {
  return [baselineText(indicator), indicator.baseline.trim()].filter(Boolean).join('\n') || dash();
}

function indicatorHeader(): string[] {
  return ['name', 'method', 'source', 'baseline', 'targets', 'genderSplit'].map((key) => t(`export.col.${key}` as 'export.col.name'));
}

function indicatorRow(indicator: IndicatorData): string[] {
  const text = (value: string) => value.trim() || dash();
  return [
    text(indicator.name),
    text(indicator.method),
    text(indicator.source),
    baseline(indicator),
    targets(indicator),
    indicator.genderSplit ? t('export.yes') : t('export.no'),
  ];
}

function parentLine(goal: GoalData, parents: ReadonlyMap<string, ParentGoal>): string {
  const parent = goal.parentGoalId ? parents.get(goal.parentGoalId) : undefined;
  return parent ? parentGoalText(parent) : dash();
}

/** A goal's level as the kommun names it now; a level since removed is shown by its stored key. */
function level(goal: GoalData, levels: readonly GoalLevelSetting[]): string {
  if (goal.level === null) return dash();
  return levelName(levels, goal.level) ?? t('goalSettings.level.unknown', { key: goal.level });
}

/** What of its version a goal's summary reads besides the goal. */
type SummaryContext = Pick<ExportVersion, 'bodyNames' | 'goalLevels' | 'parentGoals'>;

export function goalSummary(goal: GoalData, { bodyNames, goalLevels: levels, parentGoals: parents }: SummaryContext): GoalSummary {
  const body = goal.responsibleBodyId ? (bodyNames.get(goal.responsibleBodyId) ?? dash()) : dash();
  const agenda = goal.agenda2030.length ? goal.agenda2030.map((n) => agenda2030Label(n as Parameters<typeof agenda2030Label>[0])).join('\n') : dash();
  return {
    title: goal.title.trim() || t('goal.untitled'),
    fields: [
      [t('goal.viljeinriktning'), goal.viljeinriktningText.trim() || dash()],
      [t('goal.level'), level(goal, levels)],
      [t('goal.parent'), parentLine(goal, parents)],
      [t('goal.period'), period(goal)],
      [t('goal.responsibleBody'), body],
      [t('goal.agenda2030'), agenda],
    ],
    indicatorHeader: indicatorHeader(),
    indicatorRows: goal.indicators.map(indicatorRow),
  };
}
