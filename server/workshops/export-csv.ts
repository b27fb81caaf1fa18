/**
 * A workshop's boards as CSV (issue 8, Export): one row per card, for Excel as Swedish offices use it —
 * UTF-8 with a byte order mark (or å, ä, ö come out garbled), `;` between fields, CRLF between records,
 * RFC 4180 quoting. Anonymous cards have an empty author: nothing else is known about them.
 */
import { t } from '../../shared/i18n';
import type { BoardLayout } from '../../shared/workshops/board-layouts';
import type { Card, Cluster } from '../../shared/workshops/board';
import { fileNames } from '../exports/file-name';

export interface CsvBoard {
  groupName: string;
  cards: Card[];
  clusters: Cluster[];
}

const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula, also after leading spaces, and a
 * tab or CR first can hide one: such a cell gets a leading apostrophe (OWASP's advice against CSV
 * injection), which Excel shows as text. Every cell, not only the ones a person types: a board's
 * values come from clients, and a cell that is safe today (a time, a count) must not rely on it.
 */
function defuse(value: string): string {
  return /^(?:[\t\r]|\s*[=+\-@])/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const record = (fields: string[]) => fields.map((field) => csvField(defuse(field))).join(CSV_SEPARATOR);

export function boardsCsv(layout: BoardLayout, boards: CsvBoard[], votes: Record<string, number>): string {
  const categories = new Map<string, { column: string; category: string; order: number }>();
  let order = 0;
  for (const column of layout.columns) for (const category of column.categories) categories.set(category.id, { column: column.name, category: category.name, order: order++ });
  const header = record([
    t('workshop.export.group'),
    t('workshop.export.column'),
    t('workshop.export.category'),
    t('workshop.export.cluster'),
    t('workshop.export.card'),
    t('workshop.export.author'),
    t('workshop.export.votes'),
    t('workshop.export.created'),
  ]);
  const lines = [header];
  for (const board of boards) {
    const clusters = new Map(board.clusters.map((cluster) => [cluster.id, cluster]));
    const place = (card: Card) => categories.get(card.categoryId)?.order ?? Number.MAX_SAFE_INTEGER;
    // Board order: layout order, then creation (readCards is already oldest first; sort is stable).
    const cards = [...board.cards].sort((a, b) => place(a) - place(b));
    for (const card of cards) {
      const where = categories.get(card.categoryId);
      const cluster = card.clusterId ? clusters.get(card.clusterId) : undefined;
      lines.push(
        record([
          board.groupName,
          where?.column ?? '',
          where?.category ?? '',
          cluster?.title ?? '',
          card.text,
          card.author?.name ?? '',
          String(votes[card.id] ?? 0),
          card.createdAt,
        ]),
      );
    }
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** "Omvärldsdag 2027" on 2027-01-21 → "Omvärldsdag 2027-kort-2027-01-21.csv" (and its ASCII twin). */
export function csvFileNames(title: string, date: string) {
  return fileNames(title, 'workshop', `${t('workshop.export.fileName')}-${date}.csv`);
}
