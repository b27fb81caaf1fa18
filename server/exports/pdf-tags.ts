import type PDFDocument from 'pdfkit';

type Pdf = InstanceType<typeof PDFDocument>;

/** The standard structure types the exports use (PDF 1.7, 14.8.4), so a screen reader knows each part. */
export type TagType =
  | 'Document' | 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'P' | 'BlockQuote'
  | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD';

/** One element of the PDF's structure tree, with its type kept so its marked content can carry the same tag. */
export interface Tag {
  element: PDFKit.PDFStructureElement;
  type: TagType;
}

/**
 * A new element at the end of `parent`'s children. Elements are always attached as soon as they are made:
 * pdfkit only draws a closure child (a link) at once when its element is already in the tree.
 */
export function tag(doc: Pdf, parent: Tag, type: TagType, options: { scope?: 'Column' } = {}): Tag {
  // `scope` is pdfkit's option for a TH's /Scope attribute (what the header cell heads); @types/pdfkit does not list it.
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
  parent.element.add(element);
  return { element, type };
}

/** The root element every other tag sits under: one per PDF. */
export function documentTag(doc: Pdf): Tag {
  const element = doc.struct('Document');
  doc.addStructure(element);
  return { element, type: 'Document' };
}

/** Draw content that belongs to `owner` (its text, in reading order); pdfkit carries it across a page break. */
export function drawTagged(doc: Pdf, owner: Tag, draw: () => void): void {
  const content = doc.markStructureContent(owner.type);
  draw();
  doc.endMarkedContent();
  // Added after drawing: a page break inside `draw` adds a piece on the next page to the same content.
  owner.element.add(content);
}

/**
 * A link inside `owner`: its text and its annotation under one Link element, and the annotation described
 * (`Contents`) by `description`, as PDF/UA asks (Matterhorn 28-012).
 */
export function drawLink(doc: Pdf, owner: Tag, description: string, draw: () => void): void {
  // pdfkit ties the annotation to the Link element only for content drawn through a closure child, and
  // `text()` gives the annotation an empty Contents: the closure lends `link()` the description meanwhile.
  const link = doc.link;
  const described = () => {
    doc.link = (x, y, w, h, url, options) => link.call(doc, x, y, w, h, url, { ...options, Contents: new String(description) } as PDFKit.Mixins.AnnotationOption);
    try {
      draw();
    } finally {
      doc.link = link;
    }
  };
  owner.element.add(doc.struct('Link', {}, [described]));
}

/** Draw what is decoration or repetition (borders, rules, page numbers, a repeated table header). */
export function drawArtifact(doc: Pdf, type: 'Layout' | 'Pagination', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
