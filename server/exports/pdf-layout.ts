import type PDFDocument from 'pdfkit';
import type { FontStyle } from './fonts';
import { drawArtifact, drawLink, drawTagged, tag, type Tag, type TagType } from './pdf-tags';

type Pdf = InstanceType<typeof PDFDocument>;

/** A piece of a line in one style: the PDF writer's unit of inline text. */
export interface Run {
  text: string;
  style: FontStyle;
  link?: string | null;
  underline?: boolean;
  strike?: boolean;
  /** The element this run belongs to when not the paragraph's own (a list item's label). */
  owner?: Tag;
}

export const BODY_SIZE = 10.5;
const TABLE_PAD = 3;

const contentLeft = (doc: Pdf) => doc.page.margins.left;
const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const pageBottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** The height of `lines` lines of body text: what a heading must keep with it at a page foot. */
export function bodyLines(doc: Pdf, lines: number): number {
  return doc.font('regular').fontSize(BODY_SIZE).currentLineHeight(true) * lines;
}

/** The height `runs` take as one paragraph, `indent` points in. */
export function runsHeight(doc: Pdf, runs: Run[], options: { indent?: number; size?: number } = {}): number {
  const text = runs.map((run) => run.text).join('') || ' ';
  const bold = runs.some((run) => run.style === 'bold' || run.style === 'boldItalic');
  return doc.font(bold ? 'bold' : 'regular').fontSize(options.size ?? BODY_SIZE).heightOfString(text, { width: contentWidth(doc) - (options.indent ?? 0) });
}

/** Start a new page unless `height` still fits on this one, or would not fit on an empty page either. */
export function keepTogether(doc: Pdf, height: number): void {
  const fitsOnAPage = height <= pageBottom(doc) - doc.page.margins.top;
  if (fitsOnAPage && doc.y > doc.page.margins.top && doc.y + height > pageBottom(doc)) doc.addPage();
}

/**
 * One paragraph of runs, `indent` points in from the left margin (list items), tagged as a new `type`
 * element under `parent`; runs with an owner of their own (a list label) are tagged there instead.
 * Returns the new element, or null for an empty paragraph, which is only spacing (an artifact).
 */
export function writeRuns(doc: Pdf, parent: Tag, type: TagType, runs: Run[], options: { indent?: number; size?: number; gap?: number } = {}): Tag | null {
  const x = contentLeft(doc) + (options.indent ?? 0);
  const width = contentWidth(doc) - (options.indent ?? 0);
  const parts = runs.filter((run) => run.text !== '');
  const own = parts.some((run) => !run.owner) ? tag(doc, parent, type) : null;
  doc.fontSize(options.size ?? BODY_SIZE);
  if (parts.length === 0) drawArtifact(doc, 'Layout', () => doc.font('regular').text(' ', x, doc.y, { width }));
  parts.forEach((run, index) => {
    const textOptions = { continued: index < parts.length - 1, link: run.link ?? null, underline: !!run.underline || !!run.link, strike: !!run.strike };
    const draw = () => {
      doc.font(run.style);
      if (index === 0) doc.text(run.text, x, doc.y, { ...textOptions, width });
      else doc.text(run.text, textOptions);
    };
    const owner = run.owner ?? own!;
    if (run.link) drawLink(doc, owner, run.text.trim() || run.link, draw);
    else drawTagged(doc, owner, draw);
  });
  doc.x = contentLeft(doc);
  doc.moveDown(options.gap ?? 0.4);
  return own;
}

/** A table's columns and header, as the writer lays them out. */
interface TableShape {
  columns: number;
  width: number;
  size: number;
}

function shapeOf(doc: Pdf, header: string[] | null, rows: string[][], size: number): TableShape {
  const columns = Math.max(header?.length ?? 0, ...rows.map((row) => row.length), 1);
  return { columns, width: contentWidth(doc) / columns, size };
}

function rowHeight(doc: Pdf, shape: TableShape, cells: string[], bold: boolean): number {
  doc.font(bold ? 'bold' : 'regular').fontSize(shape.size);
  return Math.max(...Array.from({ length: shape.columns }, (_, i) => doc.heightOfString(cells[i] || ' ', { width: shape.width - 2 * TABLE_PAD }))) + 2 * TABLE_PAD;
}

/** The height of a table's header and first row: what its heading must keep with it at a page foot. */
export function tableLead(doc: Pdf, header: string[] | null, rows: string[][], size = 8.5): number {
  const shape = shapeOf(doc, header, rows, size);
  return (header ? rowHeight(doc, shape, header, true) : 0) + (rows[0] ? rowHeight(doc, shape, rows[0], false) : 0);
}

/**
 * A bordered table with equal columns, tagged Table/TR/TH/TD with the header cells heading their columns.
 * A row that does not fit starts a new page and repeats the header, so every page of a long indicator
 * table can be read on its own; the repeat and the borders are artifacts, so a screen reader hears each
 * header once.
 */
export function writeTable(doc: Pdf, parent: Tag, header: string[] | null, rows: string[][], size = 8.5): void {
  const shape = shapeOf(doc, header, rows, size);
  const left = contentLeft(doc);
  const table = tag(doc, parent, 'Table');
  const drawCells = (cells: string[], bold: boolean, height: number, cellTag: (() => Tag) | null) => {
    const y = doc.y;
    drawArtifact(doc, 'Layout', () => {
      for (let i = 0; i < shape.columns; i++) doc.rect(left + i * shape.width, y, shape.width, height).lineWidth(0.5).stroke('#666666');
    });
    doc.font(bold ? 'bold' : 'regular').fontSize(shape.size).fillColor('black');
    for (let i = 0; i < shape.columns; i++) {
      const draw = () => doc.text(cells[i] ?? '', left + i * shape.width + TABLE_PAD, y + TABLE_PAD, { width: shape.width - 2 * TABLE_PAD });
      if (cellTag) drawTagged(doc, cellTag(), draw);
      else drawArtifact(doc, 'Pagination', draw);
    }
    doc.x = left;
    doc.y = y + height;
  };
  const writeRow = (cells: string[], isHeader: boolean) => {
    const height = rowHeight(doc, shape, cells, isHeader);
    if (doc.y + height > pageBottom(doc)) {
      doc.addPage();
      if (header && !isHeader) drawCells(header, true, rowHeight(doc, shape, header, true), null);
    }
    const row = tag(doc, table, 'TR');
    drawCells(cells, isHeader, height, () => (isHeader ? tag(doc, row, 'TH', { scope: 'Column' }) : tag(doc, row, 'TD')));
  };
  if (header) writeRow(header, true);
  for (const row of rows) writeRow(row, false);
  doc.moveDown(0.6);
}
