import type { JSONContent } from '@tiptap/core';
import { t } from '../../shared/i18n';
import type { GoalLevelSetting } from '../../shared/goals/levels';
import type { GoalData } from '../../shared/goals/model';
import type { DecisionReference } from '../db/schema';

export type { ExportFormat } from '../../shared/api/version-exports';

/** A goal's parent as an export prints it: "Fler i arbete (Kommunövergripande mål 2027–2030, version 2)". */
export interface ParentGoal {
  title: string;
  documentTitle: string;
  /** The parent document's version the link was pinned to; null: its draft. */
  version: number | null;
}

/** One open thread as the export's appendix "Öppna kommentarer" lists it. */
export interface ExportThread {
  quote: string;
  comments: Array<{ byline: string; body: string }>;
}

/** Everything an export shows of one fastställd version; the three renderers read only this. */
export interface ExportVersion {
  title: string;
  organisationName: string;
  bodyName: string | null;
  number: number;
  lockedAt: Date;
  hash: string;
  note: string | null;
  decision: DecisionReference;
  content: JSONContent;
  goals: GoalData[];
  /** Names of the organisation's bodies by id, for a goal's responsible body. */
  bodyNames: ReadonlyMap<string, string>;
  /** The goals' parents by id (from any document of the organisation), as each goal's link names them. */
  parentGoals: ReadonlyMap<string, ParentGoal>;
  /** The kommun's goal levels as it names them now, for each goal's level. */
  goalLevels: readonly GoalLevelSetting[];
  /** With `threads=open`: the appendix "Öppna kommentarer" (absent: no appendix). */
  openThreads?: ExportThread[];
}

/** "Barn- och bildningsnämnden 2027-10-14 § 87, dnr BUN/2027:112": how a protocol cites the decision. */
export function decisionLine(decision: DecisionReference): string {
  return t('export.decisionLine', { body: decision.body, date: decision.date, paragraph: decision.paragraph, diarienummer: decision.diarienummer });
}

/** The lock date as Swedes write it (2027-10-14), in Swedish time so a late-evening lock keeps its day. */
export function swedishDate(date: Date): string {
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** The label/value lines every format prints under the title, in this order. */
export function headerRows(version: ExportVersion): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [t('export.organisation'), version.organisationName],
    [t('export.body'), version.bodyName ?? t('documents.noBody')],
    [t('export.decision'), decisionLine(version.decision)],
    [t('export.version'), String(version.number)],
    [t('export.lockedAt'), swedishDate(version.lockedAt)],
    [t('export.hash'), version.hash],
  ];
  if (version.note) rows.push([t('export.note'), version.note]);
  return rows;
}
