import { agenda2030Label } from '../../shared/goals/agenda2030';
import type { GoalData, IndicatorData } from '../../shared/goals/model';
import { t } from '../../shared/i18n';
import type { ParentGoal } from './model';

/** One goal as the exports print it: labelled fields, then its indicators as a table. */
export interface GoalSummary {
  title: string;
  fields: Array<[string, string]>;
  indicatorHeader: string[];
  /** One row per indicator; a cell's lines (targets per year) are separated by '\n'. */
  indicatorRows: string[][];
}

const dash = () => t('export.empty');

function period(goal: GoalData): string {
  if (goal.periodFrom === null && goal.periodTo === null) return dash();
  return `${goal.periodFrom ?? '…'}–${goal.periodTo ?? '…'}`;
}

function targets(indicator: IndicatorData): string {
  const years = Object.keys(indicator.targets).sort();
  return years.length === 0 ? dash() : years.map((year) => `${year}: ${indicator.targets[year]}`).join('\n');
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
    text(indicator.baseline),
    targets(indicator),
    indicator.genderSplit ? t('export.yes') : t('export.no'),
  ];
}

function parentLine(goal: GoalData, parents: ReadonlyMap<string, ParentGoal>): string {
  const parent = goal.parentGoalId ? parents.get(goal.parentGoalId) : undefined;
  if (!parent) return dash();
  const title = parent.title.trim() || t('goal.untitled');
  return parent.version === null
    ? t('export.parentDraft', { title, document: parent.documentTitle })
    : t('export.parentVersion', { title, document: parent.documentTitle, version: parent.version });
}

export function goalSummary(goal: GoalData, bodyNames: ReadonlyMap<string, string>, parents: ReadonlyMap<string, ParentGoal>): GoalSummary {
  const level = goal.level ? t(`goal.level.${goal.level}`) : dash();
  const body = goal.responsibleBodyId ? (bodyNames.get(goal.responsibleBodyId) ?? dash()) : dash();
  const agenda = goal.agenda2030.length ? goal.agenda2030.map((n) => agenda2030Label(n as Parameters<typeof agenda2030Label>[0])).join('\n') : dash();
  return {
    title: goal.title.trim() || t('goal.untitled'),
    fields: [
      [t('goal.viljeinriktning'), goal.viljeinriktningText.trim() || dash()],
      [t('goal.level'), level],
      [t('goal.parent'), parentLine(goal, parents)],
      [t('goal.period'), period(goal)],
      [t('goal.responsibleBody'), body],
      [t('goal.agenda2030'), agenda],
    ],
    indicatorHeader: indicatorHeader(),
    indicatorRows: goal.indicators.map(indicatorRow),
  };
}
