import type { JSONContent } from '@tiptap/core';
import PDFDocument from 'pdfkit';
import { headingLevel, listStart } from '../../shared/documents/render';
import { t } from '../../shared/i18n';
import { FONTS, type FontStyle } from './fonts';
import { goalSummary } from './goal-rows';
import { decisionLine, headerRows, type ExportVersion } from './model';
import { BODY_SIZE, writeRuns, writeTable, type Run } from './pdf-layout';

type Pdf = InstanceType<typeof PDFDocument>;
const HEADING_SIZES = [20, 15, 12.5, 11.5, 11, 11];

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

function writeBlock(doc: Pdf, node: JSONContent, indent: number): void {
  switch (node.type) {
    case 'heading': {
      const level = headingLevel(node);
      doc.moveDown(0.3);
      writeRuns(doc, runsOf(node, 'bold'), { indent, size: HEADING_SIZES[level - 1], gap: 0.3 });
      return;
    }
    case 'paragraph':
    case 'codeBlock':
      writeRuns(doc, runsOf(node), { indent });
      return;
    case 'bulletList':
    case 'orderedList':
      (node.content ?? []).forEach((item, index) => {
        const marker = node.type === 'bulletList' ? '•' : `${index + listStart(node)}.`;
        const [first, ...rest] = item.content ?? [];
        writeRuns(doc, [{ text: `${marker} `, style: 'regular' }, ...(first ? runsOf(first) : [])], { indent: indent + 12, gap: 0.2 });
        for (const child of rest) writeBlock(doc, child, indent + 24);
      });
      doc.moveDown(0.2);
      return;
    case 'blockquote':
      for (const child of node.content ?? []) writeBlock(doc, child, indent + 18);
      return;
    case 'horizontalRule':
      doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.width - doc.page.margins.right, doc.y).stroke('#999999');
      doc.moveDown(0.5);
      return;
    case 'table': {
      const rows = (node.content ?? []).map((row) => (row.content ?? []).map(plain));
      const headed = node.content?.[0]?.content?.every((cell) => cell.type === 'tableHeader') ?? false;
      writeTable(doc, headed ? (rows[0] ?? null) : null, headed ? rows.slice(1) : rows, 9);
      return;
    }
    default:
      for (const child of node.content ?? []) writeBlock(doc, child, indent);
  }
}

function writeGoals(doc: Pdf, version: ExportVersion): void {
  if (version.goals.length === 0) return;
  writeRuns(doc, [{ text: t('export.goals'), style: 'bold' }], { size: HEADING_SIZES[1] });
  for (const goal of version.goals) {
    const summary = goalSummary(goal, version.bodyNames);
    writeRuns(doc, [{ text: summary.title, style: 'bold' }], { size: HEADING_SIZES[2], gap: 0.3 });
    for (const [label, value] of summary.fields) writeRuns(doc, [{ text: `${label}: `, style: 'bold' }, { text: value, style: 'regular' }], { gap: 0.2 });
    doc.moveDown(0.3);
    writeRuns(doc, [{ text: t('export.indicators'), style: 'bold' }], { gap: 0.2 });
    if (summary.indicatorRows.length) writeTable(doc, summary.indicatorHeader, summary.indicatorRows);
    else writeRuns(doc, [{ text: t('export.noIndicators'), style: 'italic' }]);
  }
}

/** The appendix "Öppna kommentarer": each open thread's quoted words, then its comments. */
function writeOpenThreads(doc: Pdf, version: ExportVersion): void {
  if (!version.openThreads) return;
  doc.moveDown(0.5);
  writeRuns(doc, [{ text: t('export.openComments'), style: 'bold' }], { size: HEADING_SIZES[1] });
  if (version.openThreads.length === 0) writeRuns(doc, [{ text: t('export.noOpenComments'), style: 'italic' }]);
  for (const thread of version.openThreads) {
    if (thread.quote) writeRuns(doc, [{ text: `”${thread.quote}”`, style: 'italic' }], { indent: 12, gap: 0.2 });
    for (const comment of thread.comments) writeRuns(doc, [{ text: `${comment.byline}: `, style: 'bold' }, { text: comment.body, style: 'regular' }], { gap: 0.2 });
    doc.moveDown(0.4);
  }
}

/** The version as an A4 PDF with DejaVu Sans embedded (subset), so Swedish text is searchable and copyable. */
export function renderPdf(version: ExportVersion): Promise<Buffer> {
  // `font` replaces pdfkit's default Helvetica, so no standard-14 font (without å ä ö widths) is used.
  const doc = new PDFDocument({ size: 'A4', margin: 56, font: FONTS.regular, lang: 'sv-SE', info: { Title: version.title, Subject: decisionLine(version.decision), Author: version.organisationName } });
  for (const [style, path] of Object.entries(FONTS)) doc.registerFont(style, path);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeRuns(doc, [{ text: version.title, style: 'bold' }], { size: HEADING_SIZES[0], gap: 0.5 });
  for (const [label, value] of headerRows(version)) writeRuns(doc, [{ text: `${label}: `, style: 'bold' }, { text: value, style: 'regular' }], { size: 9.5, gap: 0.15 });
  doc.moveDown(0.8);
  writeBlock(doc, version.content, 0);
  writeGoals(doc, version);
  writeOpenThreads(doc, version);
  doc.fontSize(BODY_SIZE).end();
  return done;
}
