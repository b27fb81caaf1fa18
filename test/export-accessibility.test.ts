import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { GoalData, IndicatorData } from '../shared/goals/model';
import { renderDocx } from '../server/exports/docx';
import type { ExportVersion } from '../server/exports/model';
import { renderPdf } from '../server/exports/pdf';
import { pdfFonts, pdfInfo, pdfMetadata, pdfPageTexts, pdfStructure, untaggedOperators, type StructNode } from './helpers/pdf-reader';
import { unzipEntry } from './helpers/zip-entry';
import { DEFAULT_GOAL_LEVELS } from '../shared/goals/levels';

// Exports a kommun publishes must be accessible (DOS-lagen, WCAG, PDF/UA): read the files back as a
// screen reader or Word would, with poppler for PDFs and the zip's XML for DOCX.

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] });
const heading = (level: number, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({ type, content: [paragraph(value)] });

const indicator = (n: number): IndicatorData => ({
  id: `i${n}`, name: `Indikator ${n}`, method: 'Registerdata', source: 'Skolverket', unit: '%', baseline: 'enligt elevregistret', baselineYear: 2025,
  baselineValues: { total: 82, women: 84, men: 80 }, targets: { '2028': 'delmål' },
  targetValues: { '2027': { total: 85, women: 86, men: 84 }, '2028': { total: 88, women: null, men: null } }, genderSplit: n % 2 === 0,
});
const goal = (indicators: IndicatorData[]): GoalData => ({
  id: 'g1', title: 'Alla elever når kunskapskraven', level: 'namnd', parentGoalId: null, periodFrom: 2027, periodTo: 2030,
  responsibleBodyId: 'b1', agenda2030: [4], viljeinriktningText: 'Skolan ska vara likvärdig.', indicators,
});

function version(content: JSONContent[], overrides: Partial<ExportVersion> = {}): ExportVersion {
  return {
    title: 'Mål & budget <2027> för Barn- och bildningsnämnden', organisationName: 'Exempelkommun', bodyName: 'Barn- och bildningsnämnden', number: 3,
    lockedAt: new Date('2027-10-14T10:00:00Z'), hash: 'ab'.repeat(32), note: null,
    decision: { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' },
    content: { type: 'doc', content }, goals: [goal([indicator(1)])], bodyNames: new Map([['b1', 'Barn- och bildningsnämnden']]), parentGoals: new Map(), goalLevels: DEFAULT_GOAL_LEVELS,
    ...overrides,
  };
}

const sample = version([
  heading(1, 'Inledning'),
  { type: 'paragraph', content: [text('Läs '), { type: 'text', text: 'Skolverkets rapport', marks: [{ type: 'link', attrs: { href: 'https://www.skolverket.se' } }] }, text(' först.')] },
  { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Första'), { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('Inre')] }] }] }] },
  heading(2, 'Kostnader'),
  { type: 'table', content: [
    { type: 'tableRow', content: [cell('tableHeader', 'År'), cell('tableHeader', 'Kostnad')] },
    { type: 'tableRow', content: [cell('tableCell', '2027'), cell('tableCell', '12,8 mnkr')] },
  ] },
]);

const lorem = 'Förvaltningen följer upp resultaten varje termin och redovisar dem för nämnden med en analys av orsakerna. ';
/** Sections of uneven length, so that without keeping headings with their text some would fall at a page foot. */
const longContent = Array.from({ length: 40 }, (_, n) => [heading(2 + (n % 2), `Avsnitt ${n + 1}`), paragraph(lorem.repeat(1 + ((n * 7) % 9)))]).flat();
const long = version(longContent, { goals: [goal(Array.from({ length: 40 }, (_, n) => indicator(n + 1)))], openThreads: [] });

const indicatorHeader = ['Namn', 'Metod', 'Källa', 'Utgångsvärde', 'Målvärde per år', 'Könsuppdelad'];
const types = (nodes: StructNode[]) => nodes.map((node) => node.type);
const squash = (value: string) => value.replace(/\s+/g, '');

describe('an accessible PDF (PDF/UA)', () => {
  it('is tagged, in Swedish, with its title in the metadata and shown as the window title', async () => {
    const pdf = await renderPdf(sample);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toMatch(/\/ViewerPreferences \d+ 0 R/);
    expect(raw).toContain('/DisplayDocTitle true');
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(sample.title);
    expect(Number(info['PDF version'])).toBeGreaterThanOrEqual(1.7);
    const xmp = pdfMetadata(pdf);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    // The title's "&" and "<" are escaped, so the metadata stays well-formed XML.
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Mål &amp; budget &lt;2027&gt; för Barn- och bildningsnämnden</rdf:li>');
  });

  it('has a structure tree of headings, paragraphs, a link, lists and tables, in reading order', async () => {
    const pdf = await renderPdf(sample);
    const raw = pdf.toString('latin1');
    const nodes = pdfStructure(pdf);
    expect(types(nodes)).toEqual([
      'Document',
      'H1', 'P', 'P', 'P', 'P', 'P', 'P', // the title, then organisation, body, decision, version, date, hash
      'H1', 'P', 'Link',
      'L', 'LI', 'Lbl', 'LBody', 'P', 'L', 'LI', 'Lbl', 'LBody', 'P',
      'H2', 'Table', 'TR', 'TH', 'TH', 'TR', 'TD', 'TD',
      'H2', 'H3', 'P', 'P', 'P', 'P', 'P', 'P', 'H4', 'Table', 'TR', 'TH', 'TH', 'TH', 'TH', 'TH', 'TH', 'TR', 'TD', 'TD', 'TD', 'TD', 'TD', 'TD',
    ]);
    const named = (type: string, value: string) => nodes.find((node) => node.type === type && node.text === value);
    expect(named('H1', sample.title)).toBeDefined();
    expect(named('H1', 'Inledning')).toBeDefined();
    expect(named('H2', 'Kostnader')).toBeDefined();
    expect(named('H2', 'Mål')).toBeDefined();
    expect(named('H3', 'Alla elever når kunskapskraven')).toBeDefined();
    expect(named('H4', 'Indikatorer')).toBeDefined();
    // The link's text and its annotation sit under one Link element.
    const link = nodes.find((node) => node.type === 'Link')!;
    expect(link.text).toBe('Skolverkets rapport');
    const annotation = link.details.find((detail) => /^Object \d+ 0$/.test(detail))!.split(' ')[1];
    expect(annotation).toBeDefined();
    // The annotation describes itself (Contents) with the link's text.
    expect(raw).toMatch(new RegExp(`\\n${annotation} 0 obj\\s*<<(?:(?!endobj)[\\s\\S])*/Contents \\(Skolverkets rapport\\)`));
    expect(nodes.filter((node) => node.type === 'Lbl').map((node) => node.text.trim())).toEqual(['•', '1.']);
    // Header cells head their columns.
    const headers = nodes.filter((node) => node.type === 'TH');
    expect(headers.map((node) => node.text)).toEqual(['År', 'Kostnad', ...indicatorHeader]);
    expect(headers.every((node) => node.details.includes('/Scope /Column'))).toBe(true);
  });

  it('tags every piece of content or marks it an artifact, and embeds its fonts', async () => {
    for (const pdf of [await renderPdf(sample), await renderPdf(long)]) {
      expect(untaggedOperators(pdf)).toEqual([]);
      expect(pdfFonts(pdf).every((font) => font.embedded)).toBe(true);
    }
  });

  it('has a bookmark for each heading, nested by level, and opens with the bookmarks shown', async () => {
    const raw = (await renderPdf(sample)).toString('latin1');
    expect(raw).toContain('/PageMode /UseOutlines');
    /** The outline item with this title: its object number and its parent's. */
    const item = (title: string) => {
      const match = raw.match(new RegExp(`(\\d+) 0 obj\\s*<<(?:(?!endobj)[\\s\\S])*?/Title \\(${title}\\)(?:(?!endobj)[\\s\\S])*?endobj`));
      return { id: match?.[1], parent: match?.[0].match(/\/Parent (\d+) 0 R/)?.[1] };
    };
    const root = raw.match(/\/Outlines (\d+) 0 R/)?.[1];
    expect(root).toBeDefined();
    expect(item('Inledning').parent).toBe(root);
    expect(item('Kostnader').parent).toBe(item('Inledning').id);
    // "Indikatorer" (H4) sits under its goal (H3), under "Mål" (H2).
    expect(item('Indikatorer').parent).toBeDefined();
    expect(item('Indikatorer').parent).not.toBe(root);
  });

  it('reads in the order the pages show, with page numbers and repeated table headers left out of the tags', async () => {
    const pdf = await renderPdf(long);
    const tagged = squash(pdfStructure(pdf).map((node) => node.text).join(''));
    const shown = squash(pdfPageTexts(pdf).join('').replace(/Sida \d+ av \d+/g, ''));
    const header = squash(indicatorHeader.join(''));
    const count = (haystack: string) => haystack.split(header).length - 1;
    expect(count(shown)).toBeGreaterThan(1); // the indicator table goes on over pages, its header on each
    expect(count(tagged)).toBe(1);
    expect(tagged.replaceAll(header, '')).toBe(shown.replaceAll(header, ''));
    expect(tagged).not.toMatch(/Sida\d+av/);
  });

  it('says "Sida n av N" on every page', async () => {
    const pages = pdfPageTexts(await renderPdf(long));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, index) => {
      expect(page).toContain(`Sida ${index + 1} av ${pages.length}`);
    });
  });

  it('never leaves a heading as the last line of a page', async () => {
    const pdf = await renderPdf(long);
    const headings = new Set(pdfStructure(pdf).filter((node) => /^H\d$/.test(node.type)).map((node) => node.text));
    expect(headings.size).toBeGreaterThan(40);
    const pages = pdfPageTexts(pdf);
    const lastLines = pages.slice(0, -1).map((page) => page.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^Sida \d+ av \d+$/.test(line)).at(-1));
    expect(lastLines.filter((line) => line && headings.has(line))).toEqual([]);
    // Every page of the indicator table starts with its header row.
    const tablePages = pages.filter((page) => /Indikator \d+/.test(page));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(squash(page)).toContain(squash(indicatorHeader.join('')));
  });
});

describe('an accessible DOCX', () => {
  it('is in Swedish, with its title and language in the core properties', async () => {
    const docx = await renderDocx(sample);
    expect(unzipEntry(docx, 'word/styles.xml')).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="sv-SE"\/>/);
    const core = unzipEntry(docx, 'docProps/core.xml')!;
    expect(core).toContain('<dc:title>Mål &amp; budget &lt;2027&gt; för Barn- och bildningsnämnden</dc:title>');
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
  });

  it('uses Word\'s heading styles with outline levels, and repeats table header rows on every page', async () => {
    const docx = await renderDocx(sample);
    const document = unzipEntry(docx, 'word/document.xml')!;
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
    const styles = unzipEntry(docx, 'word/styles.xml')!;
    const heading2 = styles.match(/<w:style w:type="paragraph" w:styleId="Heading2">.*?<\/w:style>/)?.[0] ?? '';
    expect(heading2).toContain('<w:keepNext/>');
    expect(heading2).toContain('<w:outlineLvl w:val="1"/>');
    // The content table and the indicator table: each header row marked as a repeating header row.
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    for (const table of tables) expect(table.match(/<w:tr>.*?<\/w:tr>/)?.[0]).toContain('<w:tblHeader/>');
  });
});
