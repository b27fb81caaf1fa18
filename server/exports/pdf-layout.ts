import type PDFDocument from 'pdfkit';
import type { FontStyle } from './fonts';

type Pdf = InstanceType<typeof PDFDocument>;

/** A piece of a line in one style: the PDF writer's unit of inline text. */
export interface Run {
  text: string;
  style: FontStyle;
  link?: string | null;
  underline?: boolean;
  strike?: boolean;
}

export const BODY_SIZE = 10.5;

const contentLeft = (doc: Pdf) => doc.page.margins.left;
const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** One paragraph of runs, `indent` points in from the left margin (list items). */
export function writeRuns(doc: Pdf, runs: Run[], options: { indent?: number; size?: number; gap?: number } = {}): void {
  const x = contentLeft(doc) + (options.indent ?? 0);
  const width = contentWidth(doc) - (options.indent ?? 0);
  const parts = runs.filter((run) => run.text !== '');
  if (parts.length === 0) parts.push({ text: ' ', style: 'regular' });
  doc.fontSize(options.size ?? BODY_SIZE);
  parts.forEach((run, index) => {
    const textOptions = { continued: index < parts.length - 1, link: run.link ?? null, underline: !!run.underline || !!run.link, strike: !!run.strike };
    doc.font(run.style);
    if (index === 0) doc.text(run.text, x, doc.y, { ...textOptions, width });
    else doc.text(run.text, textOptions);
  });
  doc.x = contentLeft(doc);
  doc.moveDown(options.gap ?? 0.4);
}

/**
 * A bordered table with equal columns; a row that does not fit starts a new page and repeats the header,
 * so every page of a long indicator table can be read on its own.
 */
export function writeTable(doc: Pdf, header: string[] | null, rows: string[][], size = 8.5): void {
  const columns = Math.max(header?.length ?? 0, ...rows.map((row) => row.length), 1);
  const left = contentLeft(doc);
  const width = contentWidth(doc) / columns;
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(size);
    const height = Math.max(...Array.from({ length: columns }, (_, i) => doc.heightOfString(cells[i] || ' ', { width: width - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (header && !bold) drawRow(header, true);
      doc.font(bold ? 'bold' : 'regular').fontSize(size);
    }
    const y = doc.y;
    for (let i = 0; i < columns; i++) {
      doc.rect(left + i * width, y, width, height).lineWidth(0.5).stroke('#666666');
      doc.fillColor('black').text(cells[i] ?? '', left + i * width + pad, y + pad, { width: width - 2 * pad });
    }
    doc.x = left;
    doc.y = y + height;
  };
  if (header) drawRow(header, true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.6);
}
