import type { JSONContent } from '@tiptap/core';
import type PDFDocument from 'pdfkit';
import { headingLevel, listStart } from '../../shared/documents/render';
import { t } from '../../shared/i18n';
import type { FontStyle } from './fonts';
import { goalSummary } from './goal-rows';
import { decisionLine, headerRows, type ExportVersion } from './model';
import { bookmark } from './pdf-bookmarks';
import { newAccessiblePdf, numberPages, pdfBytes } from './pdf-document';
import { BODY_SIZE, bodyLines, keepTogether, runsHeight, tableLead, writeRuns, writeTable, type Run } from './pdf-layout';
import { documentTag, drawArtifact, tag, type Tag } from './pdf-tags';

type Pdf = InstanceType<typeof PDFDocument>;
const HEADING_SIZES = [20, 15, 12.5, 11.5, 11, 11];
const HEADING_TAGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'] as const;
const CONTENT_TABLE_SIZE = 9;
/** The lines of text a heading keeps with it on its page, so it never stands alone at a page foot. */
const LINES_KEPT = 2;

function runsOf(node: JSONContent, base: FontStyle = 'regular'): Run[] {
  if (node.type === 'hardBreak') return [{ text: '\n', style: base }];
  if (node.type !== 'text') return (node.content ?? []).flatMap((child) => runsOf(child, base));
  const has = (type: string) => (node.marks ?? []).some((mark) => mark.type === type);
  const bold = base === 'bold' || has('bold');
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
  return [{
    text: node.text ?? '',
    style: bold && has('italic') ? 'boldItalic' : bold ? 'bold' : has('italic') ? 'italic' : 'regular',
    link: typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null,
    underline: has('underline'),
    strike: has('strike'),
  }];
}

const plain = (node: JSONContent): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(plain).join(node.type === 'tableCell' || node.type === 'tableHeader' ? '\n' : ''));

/** A content table as header and rows of cell text; the first row is the header when all its cells are. */
function tableCells(node: JSONContent): { header: string[] | null; rows: string[][] } {
  const rows = (node.content ?? []).map((row) => (row.content ?? []).map(plain));
  const headed = node.content?.[0]?.content?.every((cell) => cell.type === 'tableHeader') ?? false;
  return headed ? { header: rows[0] ?? null, rows: rows.slice(1) } : { header: null, rows };
}

/**
 * A heading at `level` with its bookmark, on a new page when it and `lead` points of what follows would not
 * fit on this one.
 */
function writeHeading(doc: Pdf, parent: Tag, level: number, runs: Run[], layout: { indent?: number; size: number; gap?: number; lead: number }): void {
  keepTogether(doc, runsHeight(doc, runs, layout) + layout.lead);
  const title = runs.map((run) => run.text).join('').trim();
  if (title) bookmark(doc, level, title);
  writeRuns(doc, parent, HEADING_TAGS[level - 1]!, runs, layout);
}

/** How much of `node` a heading just above it keeps on its page: its first lines, a table's header and first row. */
function leadOf(doc: Pdf, node: JSONContent | undefined, indent: number): number {
  if (!node) return 0;
  switch (node.type) {
    case 'heading':
      return runsHeight(doc, runsOf(node, 'bold'), { indent, size: HEADING_SIZES[headingLevel(node) - 1] }) + bodyLines(doc, LINES_KEPT);
    case 'table': {
      const { header, rows } = tableCells(node);
      return tableLead(doc, header, rows, CONTENT_TABLE_SIZE);
    }
    case 'bulletList':
    case 'orderedList':
      return leadOf(doc, node.content?.[0]?.content?.[0], indent + 12);
    case 'blockquote':
      return leadOf(doc, node.content?.[0], indent + 18);
    default:
      return Math.min(runsHeight(doc, runsOf(node), { indent }), bodyLines(doc, LINES_KEPT));
  }
}

function writeBlocks(doc: Pdf, parent: Tag, nodes: JSONContent[], indent: number): void {
  nodes.forEach((node, index) => {
    writeBlock(doc, parent, node, indent, nodes[index + 1]);
  });
}

function writeBlock(doc: Pdf, parent: Tag, node: JSONContent, indent: number, next: JSONContent | undefined): void {
  switch (node.type) {
    case 'heading': {
      const level = headingLevel(node);
      doc.moveDown(0.3);
      writeHeading(doc, parent, level, runsOf(node, 'bold'), { indent, size: HEADING_SIZES[level - 1]!, gap: 0.3, lead: leadOf(doc, next, indent) });
      return;
    }
    case 'paragraph':
    case 'codeBlock':
      writeRuns(doc, parent, 'P', runsOf(node), { indent });
      return;
    case 'bulletList':
    case 'orderedList': {
      const list = tag(doc, parent, 'L');
      (node.content ?? []).forEach((item, index) => {
        const marker = node.type === 'bulletList' ? '•' : `${index + listStart(node)}.`;
        const listItem = tag(doc, list, 'LI');
        const label = tag(doc, listItem, 'Lbl');
        const body = tag(doc, listItem, 'LBody');
        const [first, ...rest] = item.content ?? [];
        writeRuns(doc, body, 'P', [{ text: `${marker} `, style: 'regular', owner: label }, ...(first ? runsOf(first) : [])], { indent: indent + 12, gap: 0.2 });
        writeBlocks(doc, body, rest, indent + 24);
      });
      doc.moveDown(0.2);
      return;
    }
    case 'blockquote':
      writeBlocks(doc, tag(doc, parent, 'BlockQuote'), node.content ?? [], indent + 18);
      return;
    case 'horizontalRule':
      drawArtifact(doc, 'Layout', () => doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.width - doc.page.margins.right, doc.y).stroke('#999999'));
      doc.moveDown(0.5);
      return;
    case 'table': {
      const { header, rows } = tableCells(node);
      writeTable(doc, parent, header, rows, CONTENT_TABLE_SIZE);
      return;
    }
    default:
      writeBlocks(doc, parent, node.content ?? [], indent);
  }
}

const bold = (text: string): Run[] => [{ text, style: 'bold' }];
const labelled = (label: string, value: string): Run[] => [{ text: `${label}: `, style: 'bold' }, { text: value, style: 'regular' }];

function writeGoals(doc: Pdf, root: Tag, version: ExportVersion): void {
  if (version.goals.length === 0) return;
  const summaries = version.goals.map((goal) => goalSummary(goal, version));
  const goalHeading = (title: string) => runsHeight(doc, bold(title), { size: HEADING_SIZES[2] }) + bodyLines(doc, LINES_KEPT);
  writeHeading(doc, root, 2, bold(t('export.goals')), { size: HEADING_SIZES[1]!, lead: goalHeading(summaries[0]!.title) });
  for (const summary of summaries) {
    writeHeading(doc, root, 3, bold(summary.title), { size: HEADING_SIZES[2]!, gap: 0.3, lead: bodyLines(doc, LINES_KEPT) });
    for (const [label, value] of summary.fields) writeRuns(doc, root, 'P', labelled(label, value), { gap: 0.2 });
    doc.moveDown(0.3);
    const lead = summary.indicatorRows.length ? tableLead(doc, summary.indicatorHeader, summary.indicatorRows) : bodyLines(doc, 1);
    writeHeading(doc, root, 4, bold(t('export.indicators')), { size: BODY_SIZE, gap: 0.2, lead });
    if (summary.indicatorRows.length) writeTable(doc, root, summary.indicatorHeader, summary.indicatorRows);
    else writeRuns(doc, root, 'P', [{ text: t('export.noIndicators'), style: 'italic' }]);
  }
}

/** The appendix "Öppna kommentarer": each open thread's quoted words, then its comments. */
function writeOpenThreads(doc: Pdf, root: Tag, version: ExportVersion): void {
  if (!version.openThreads) return;
  doc.moveDown(0.5);
  writeHeading(doc, root, 2, bold(t('export.openComments')), { size: HEADING_SIZES[1]!, lead: bodyLines(doc, LINES_KEPT) });
  if (version.openThreads.length === 0) writeRuns(doc, root, 'P', [{ text: t('export.noOpenComments'), style: 'italic' }]);
  for (const thread of version.openThreads) {
    if (thread.quote) writeRuns(doc, root, 'P', [{ text: `”${thread.quote}”`, style: 'italic' }], { indent: 12, gap: 0.2 });
    for (const comment of thread.comments) writeRuns(doc, root, 'P', labelled(comment.byline, comment.body), { gap: 0.2 });
    doc.moveDown(0.4);
  }
}

/**
 * The version as an accessible A4 PDF (PDF/UA): every heading, paragraph, list and table tagged in
 * reading order under one Document element, page numbers and borders as artifacts.
 */
export function renderPdf(version: ExportVersion): Promise<Buffer> {
  const doc = newAccessiblePdf({ title: version.title, subject: decisionLine(version.decision), author: version.organisationName });
  const done = pdfBytes(doc);
  const root = documentTag(doc);
  writeRuns(doc, root, 'H1', bold(version.title), { size: HEADING_SIZES[0], gap: 0.5 });
  for (const [label, value] of headerRows(version)) writeRuns(doc, root, 'P', labelled(label, value), { size: 9.5, gap: 0.15 });
  doc.moveDown(0.8);
  writeBlock(doc, root, version.content, 0, undefined);
  writeGoals(doc, root, version);
  writeOpenThreads(doc, root, version);
  numberPages(doc);
  root.element.end();
  doc.fontSize(BODY_SIZE).end();
  return done;
}
