import type { JSONContent } from '@tiptap/core';
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, StringContainer, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { headingLevel } from '../../shared/documents/render';
import { t } from '../../shared/i18n';
import { goalSummary } from './goal-rows';
import { decisionLine, headerRows, type ExportVersion } from './model';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const ORDERED = 'ordered';
/** The language of every export: Word's spelling check and a screen reader's voice follow it. */
const LANGUAGE = 'sv-SE';

function runs(node: JSONContent, bold = false): ParagraphChild[] {
  if (node.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
  if (node.type !== 'text') return (node.content ?? []).flatMap((child) => runs(child, bold));
  const has = (type: string) => (node.marks ?? []).some((mark) => mark.type === type);
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
  const run = new TextRun({
    text: node.text ?? '',
    bold: bold || has('bold'),
    italics: has('italic'),
    strike: has('strike'),
    ...(has('underline') ? { underline: {} } : {}),
    ...(typeof href === 'string' ? { style: 'Hyperlink' } : {}),
  });
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? [new ExternalHyperlink({ link: href, children: [run] })] : [run];
}

/** Cell text with its lines as breaks: one paragraph per cell keeps the table compact. */
function textCell(text: string, bold = false): TableCell {
  const lines = text.split('\n');
  return new TableCell({ children: [new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) })) })] });
}

function docxTable(header: string[] | null, rows: string[][]): Table {
  const tableRows = rows.map((row) => new TableRow({ children: row.map((cell) => textCell(cell)) }));
  if (header) tableRows.unshift(new TableRow({ tableHeader: true, children: header.map((cell) => textCell(cell, true)) }));
  return new Table({ rows: tableRows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

type Block = Paragraph | Table;

/** Where a block sits: its list depth, and a counter for numbering instances across the whole document. */
interface Place {
  level: number;
  lists: { ordered: number };
}

function blocks(node: JSONContent, place: Place): Block[] {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[headingLevel(node) - 1], children: runs(node) })];
    case 'paragraph':
    case 'codeBlock':
      return [new Paragraph({ children: runs(node) })];
    case 'bulletList':
    case 'orderedList': {
      const level = Math.min(8, place.level + 1);
      // Each ordered list restarts at 1: a numbering instance of its own.
      const instance = node.type === 'orderedList' ? ++place.lists.ordered : 0;
      return (node.content ?? []).flatMap((item) =>
        (item.content ?? []).flatMap((child, index) => {
          if (index > 0 || child.type !== 'paragraph') return blocks(child, { level, lists: place.lists });
          const marker = node.type === 'bulletList' ? { bullet: { level } } : { numbering: { reference: ORDERED, level, instance } };
          return [new Paragraph({ ...marker, children: runs(child) })];
        }),
      );
    }
    case 'table': {
      const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => (cell.content ?? []).map((p) => (p.content ?? []).map((n) => n.text ?? '').join('')).join('\n')));
      const headed = node.content?.[0]?.content?.every((cell) => cell.type === 'tableHeader') ?? false;
      return [docxTable(headed ? (rows[0] ?? null) : null, headed ? rows.slice(1) : rows), new Paragraph({})];
    }
    default:
      return (node.content ?? []).flatMap((child) => blocks(child, place));
  }
}

function goalBlocks(version: ExportVersion): Block[] {
  if (version.goals.length === 0) return [];
  const out: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, text: t('export.goals') })];
  for (const goal of version.goals) {
    const summary = goalSummary(goal, version);
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: summary.title }));
    for (const [label, value] of summary.fields) out.push(labelled(label, value));
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_4, text: t('export.indicators') }));
    out.push(summary.indicatorRows.length ? docxTable(summary.indicatorHeader, summary.indicatorRows) : new Paragraph({ children: [new TextRun({ text: t('export.noIndicators'), italics: true })] }));
  }
  return out;
}

/**
 * Headings as Word's own: an outline level (the navigation pane, a PDF's bookmarks and tags when Word
 * saves one) and kept with the next paragraph, so none is left alone at a page foot.
 */
function headingStyles() {
  const heading = (outlineLevel: number) => ({ paragraph: { outlineLevel, keepNext: true, keepLines: true } });
  return { heading1: heading(0), heading2: heading(1), heading3: heading(2), heading4: heading(3), heading5: heading(4), heading6: heading(5) };
}

function labelled(label: string, value: string): Paragraph {
  const lines = value.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...lines] });
}

/** The appendix "Öppna kommentarer": each open thread's quoted words (italic), then its comments. */
function openThreadBlocks(version: ExportVersion): Block[] {
  if (!version.openThreads) return [];
  const out: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, text: t('export.openComments') })];
  if (version.openThreads.length === 0) out.push(new Paragraph({ children: [new TextRun({ text: t('export.noOpenComments'), italics: true })] }));
  for (const thread of version.openThreads) {
    if (thread.quote) out.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: `”${thread.quote}”`, italics: true })] }));
    for (const comment of thread.comments) out.push(labelled(comment.byline, comment.body));
    out.push(new Paragraph({}));
  }
  return out;
}

/**
 * The version as a Word document: real headings, lists, tables (header rows repeated on every page) and
 * links, not an image of the page; in Swedish (the default run language and the core properties).
 */
export function renderDocx(version: ExportVersion): Promise<Buffer> {
  const levels = Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } }));
  const document = new Document({
    title: version.title,
    creator: version.organisationName,
    numbering: { config: [{ reference: ORDERED, levels }] },
    lastModifiedBy: version.organisationName,
    subject: decisionLine(version.decision),
    styles: { default: { document: { run: { language: { value: LANGUAGE } } }, ...headingStyles() } },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, text: version.title }),
        ...headerRows(version).map(([label, value]) => labelled(label, value)),
        new Paragraph({}),
        ...blocks(version.content, { level: -1, lists: { ordered: 0 } }),
        ...goalBlocks(version),
        ...openThreadBlocks(version),
      ],
    }],
  });
  // docx writes no dc:language of its own.
  document.CoreProperties.addChildElement(new StringContainer('dc:language', LANGUAGE));
  return Packer.toBuffer(document);
}
