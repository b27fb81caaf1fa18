/** A goal's period and its parent as every view and export writes them. */
import { t } from '../i18n';

/** "2027–2030", "2027–…"; null when the goal has no period. */
export function goalPeriodText(goal: { periodFrom: number | null; periodTo: number | null }): string | null {
  if (goal.periodFrom === null && goal.periodTo === null) return null;
  return `${goal.periodFrom ?? '…'}–${goal.periodTo ?? '…'}`;
}

/** "Fler i arbete (Kommunövergripande mål 2027–2030, version 2)", or "(…, utkast)" for a link to a draft. */
export function parentGoalText(parent: { title: string; documentTitle: string; version: number | null }): string {
  const title = parent.title.trim() || t('goal.untitled');
  return parent.version === null
    ? t('export.parentDraft', { title, document: parent.documentTitle })
    : t('export.parentVersion', { title, document: parent.documentTitle, version: parent.version });
}
