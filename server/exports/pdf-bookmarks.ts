import type PDFDocument from 'pdfkit';

type Pdf = InstanceType<typeof PDFDocument>;

/** Each document's bookmarks still open for children: the last one made at each heading level. */
const openBookmarks = new WeakMap<Pdf, Array<{ level: number; item: PDFKit.PDFOutline }>>();

/**
 * A bookmark to the current page for a heading, under the last heading of a higher level, so a reader can
 * see the document's outline and jump through it (WCAG 2.4.5, technique PDF2).
 */
export function bookmark(doc: Pdf, level: number, title: string): void {
  const open = openBookmarks.get(doc) ?? [];
  while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
  const item = (open.at(-1)?.item ?? doc.outline).addItem(title);
  open.push({ level, item });
  openBookmarks.set(doc, open);
}
