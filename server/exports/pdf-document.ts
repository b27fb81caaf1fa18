import PDFDocument from 'pdfkit';
import { t } from '../../shared/i18n';
import { FONTS } from './fonts';
import { drawArtifact } from './pdf-tags';

type Pdf = InstanceType<typeof PDFDocument>;

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * pdfkit 0.20 pastes the info strings into the XMP metadata as they are, so a title with "&" or "<"
 * ("Mål & budget") would make the metadata invalid XML, which PDF/UA checkers reject. The metadata gets
 * escaped copies; the Info dictionary keeps the plain text.
 */
function escapeXmpInfo(doc: Pdf): void {
  const pdf = doc as unknown as { _addInfo(): void; info: Record<string, unknown> };
  const addInfo = pdf._addInfo.bind(pdf);
  pdf._addInfo = () => {
    const plain = pdf.info;
    pdf.info = Object.fromEntries(Object.entries(plain).map(([key, value]) => [key, typeof value === 'string' ? xmlEscape(value) : value]));
    addInfo();
    pdf.info = plain;
  };
}

/**
 * An A4 PDF/UA document in Swedish with DejaVu Sans embedded (subset), so Swedish text is searchable and
 * copyable: tagged, its title shown as the window title, and its pages kept in memory until the end so
 * each can say "Sida 3 av 12".
 */
export function newAccessiblePdf(info: PdfInfo): Pdf {
  // `font` replaces pdfkit's default Helvetica, so no standard-14 font (without å ä ö widths) is used.
  // 'PDF/UA' is a subset pdfkit knows that @types/pdfkit does not list.
  const doc = new PDFDocument({
    size: 'A4', margin: 56, font: FONTS.regular, pdfVersion: '1.7', tagged: true, lang: 'sv-SE', displayTitle: true,
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets, bufferPages: true,
    info: { Title: info.title, Subject: info.subject, Author: info.author },
  });
  for (const [style, path] of Object.entries(FONTS)) doc.registerFont(style, path);
  escapeXmpInfo(doc);
  return doc;
}

const PAGE_NUMBER_SIZE = 8.5;

/** "Sida 3 av 12" centred under every page's text: pagination, so an artifact outside the reading order. */
export function numberPages(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    const { left, right, bottom } = doc.page.margins;
    // Writing below the bottom margin would make pdfkit start a new page; the margin is given back after.
    doc.page.margins.bottom = 0;
    drawArtifact(doc, 'Pagination', () => {
      doc.font('regular').fontSize(PAGE_NUMBER_SIZE).fillColor('black').text(t('export.pageNumber', { page: index + 1, pages: count }), left, doc.page.height - bottom / 2 - PAGE_NUMBER_SIZE / 2, {
        width: doc.page.width - left - right, align: 'center', lineBreak: false,
      });
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The document's bytes once pdfkit has written them all. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
