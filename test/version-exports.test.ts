import { execFileSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GoalData } from '../shared/goals/model';
import { auditLog, documents } from '../server/db/schema';
import { renderDocx } from '../server/exports/docx';
import { asciiFold } from '../server/exports/file-name';
import { escapeMarkdown, renderMarkdown } from '../server/exports/markdown';
import type { ExportVersion } from '../server/exports/model';
import { renderPdf } from '../server/exports/pdf';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';
import { unzipEntry } from './helpers/zip-entry';
import { DEFAULT_GOAL_LEVELS } from '../shared/goals/levels';

const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };
const decisionLine = 'Barn- och bildningsnämnden 2027-10-14 § 87, dnr BUN/2027:112';

/** Text of a PDF as a reader would copy it (poppler's pdftotext), with line wraps as single spaces. */
const pdfText = (bytes: Uint8Array) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8').replace(/\s+/g, ' ');

const goal: GoalData = {
  id: 'g1', title: 'Alla elever når kunskapskraven', level: 'namnd', parentGoalId: 'kf1', parentVersion: 2, periodFrom: 2027, periodTo: 2030,
  responsibleBodyId: 'b1', agenda2030: [4, 10], viljeinriktningText: 'Skolan ska vara likvärdig.',
  indicators: [
    {
      id: 'i1', name: 'Andel behöriga | gymnasiet', method: 'Registerdata', source: 'Skolverket', unit: '%', baseline: 'elever i åk 9', baselineYear: 2025,
      baselineValues: { total: 82.5, women: 84, men: 81 }, targets: { '2028': 'minst', '2029': 'ny mätning' },
      targetValues: { '2028': { total: 88, women: 89, men: 87 }, '2027': { total: 1234, women: null, men: null } }, genderSplit: true,
    },
    {
      id: 'i2', name: 'Nöjda vårdnadshavare', method: 'Enkät', source: 'Egen', unit: '', baseline: '', baselineYear: null,
      baselineValues: { total: 7.25, women: 8, men: 6 }, targets: {}, targetValues: { '2030': { total: 8, women: null, men: null } }, genderSplit: false,
    },
  ],
};
const sample: ExportVersion = {
  title: 'Mål för Barn- och bildningsnämnden', organisationName: 'Exempelkommun', bodyName: 'Barn- och bildningsnämnden', number: 3,
  lockedAt: new Date('2027-10-14T21:30:00Z'), hash: 'ab'.repeat(32), note: null, decision, goals: [goal], bodyNames: new Map([['b1', 'Barn- och bildningsnämnden']]), goalLevels: DEFAULT_GOAL_LEVELS,
  parentGoals: new Map([['kf1', { title: 'Barn och unga lyckas i skolan', documentTitle: 'Kommunövergripande mål 2027–2030', version: 2 }]]),
  content: { type: 'doc', content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Inledning' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Vi ' }, { type: 'text', text: 'måste ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'läsa', marks: [{ type: 'link', attrs: { href: 'https://example.se/a b' } }] }, { type: 'text', text: ' *mer* – 1 # 2' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Första' }] }, { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inre' }] }] }] }] }] },
    { type: 'table', content: [
      { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'År' }] }] }, { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kostnad' }] }] }] },
      { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '2027' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '12,8 mnkr' }] }] }] },
    ] },
  ] },
};

describe('export renderers', () => {
  it('Markdown: heading, decision header, escaped text, lists, a GFM table, goals with an indicator table', () => {
    const md = renderMarkdown(sample);
    expect(md).toMatch(/^# Mål för Barn- och bildningsnämnden\n/);
    expect(md).toContain(`**Beslut:** ${decisionLine}`);
    expect(md).toContain('**Fastställd:** 2027-10-14'); // 21:30 UTC is 23:30 in Sweden: still the 14th
    expect(md).toContain('Vi **måste** [läsa](https://example.se/a%20b) \\*mer\\* – 1 # 2');
    expect(md).toContain('- Första\n  1. Inre');
    expect(md).toContain('| År | Kostnad |\n| --- | --- |\n| 2027 | 12,8 mnkr |');
    expect(md).toContain('### Alla elever når kunskapskraven');
    expect(md).toContain('**Överordnat mål:** Barn och unga lyckas i skolan (Kommunövergripande mål 2027–2030, version 2)');
    expect(md).toContain('**Agenda 2030:** Mål 4: God utbildning för alla  \nMål 10: Minskad ojämlikhet');
    expect(md).toContain('| Namn | Metod | Källa | Utgångsvärde | Målvärde per år | Könsuppdelad |');
    // Figures in sv-SE with their unit (a non-breaking space between), kvinnor, män and totalt when könsuppdelad, each note beside.
    expect(md).toContain(
      '| Andel behöriga \\| gymnasiet | Registerdata | Skolverket | Kvinnor 84\u00a0%, Män 81\u00a0%, Totalt 82,5\u00a0% (2025)<br>elever i åk 9 | 2027: Totalt 1\u00a0234\u00a0%<br>2028: Kvinnor 89\u00a0%, Män 87\u00a0%, Totalt 88\u00a0% – minst<br>2029: ny mätning | Ja |',
    );
    expect(md).toContain('| Nöjda vårdnadshavare | Enkät | Egen | 7,25 | 2030: 8 | Nej |');
    expect(escapeMarkdown('# inte rubrik\n1. inte lista\n=== &amp; & x')).toBe('\\# inte rubrik\n1\\. inte lista\n\\=== \\&amp; & x');
  });

  it("prints each goal's level as the kommun names it now, and a level since removed by its key", () => {
    const own = [{ key: 'namnd', name: 'Prioriterade nämndmål', goalName: 'Nämndmål' }];
    expect(renderMarkdown({ ...sample, goalLevels: own })).toContain('**Nivå:** Prioriterade nämndmål');
    expect(renderMarkdown({ ...sample, goalLevels: own, goals: [{ ...goal, level: 'kontor' }] })).toContain('**Nivå:** Okänd nivå (kontor)');
  });

  it('PDF: DejaVu embedded, Swedish text and the indicator table extractable', async () => {
    const pdf = await renderPdf(sample);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/DejaVuSans/);
    const text = pdfText(pdf);
    expect(text).toContain(decisionLine);
    expect(text).toContain('Andel behöriga | gymnasiet');
    expect(text).toContain('Könsuppdelad');
    expect(text).toContain('Barn och unga lyckas i skolan (Kommunövergripande mål 2027–2030, version 2)');
    expect(text).toContain('Totalt 82,5 % (2025)');
    expect(text).toContain('Kvinnor 89 %, Män 87 %, Totalt 88 % – minst');
  });

  it('DOCX: a zip whose document.xml holds the title, headings and the indicator table', async () => {
    const xml = unzipEntry(await renderDocx(sample), 'word/document.xml')!;
    expect(xml).toContain('Mål för Barn- och bildningsnämnden');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Andel behöriga | gymnasiet');
    expect(xml).toContain('Barn och unga lyckas i skolan (Kommunövergripande mål 2027–2030, version 2)');
    expect(xml).toContain('Kvinnor 84\u00a0%, Män 81\u00a0%, Totalt 82,5\u00a0% (2025)');
    expect(xml).toContain('2030: 8');
    expect(xml).toContain('w:val="Heading1"');
  });

  it('folds file names to ASCII', () => {
    expect(asciiFold('Mål för Barn- och bildningsnämnden 2027–2030')).toBe('Mal-for-Barn-och-bildningsnamnden-2027-2030');
  });
});

describe(`GET /api/documents/:id/versions/:number/export on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let documentId: string;
  const title = 'Mål för Barn- och bildningsnämnden – å ä ö';
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    documentId = (await h.db.select().from(documents).where(eq(documents.type, 'mal')))[0]!.id;
    expect((await h.request(`/api/documents/${documentId}`, { method: 'PATCH', cookie: facilitator, body: { title } })).status).toBe(200);
    expect((await h.request(`/api/documents/${documentId}/versions`, { method: 'POST', cookie: facilitator, body: { decision } })).status).toBe(201);
  });
  afterAll(() => h.dispose());

  const download = (format: string, cookie?: string, number = '1') => h.request(`/api/documents/${documentId}/versions/${number}/export?format=${format}`, { cookie });

  it('exports PDF, DOCX and Markdown with file names, Swedish text and an audit row each', async () => {
    const revisor = await h.login('revisor@exempelkommun.se'); // read-only roles may export
    const sizes: Record<string, number> = {};
    for (const [format, type] of [['pdf', 'application/pdf'], ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['md', 'text/markdown; charset=utf-8']] as const) {
      const response = await download(format, revisor);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Mal-for-Barn-och-bildningsnamnden-a-a-o-v1-2027-10-14.${format}"; filename*=UTF-8''${encodeURIComponent(`${title}-v1-2027-10-14.${format}`)}`,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      sizes[format] = bytes.length;
      if (format === 'pdf') {
        const text = pdfText(bytes);
        expect(text).toContain(decisionLine);
        expect(text).toContain('å ä ö');
        expect(text).toContain('Kontrollsumma (SHA-256)');
        expect(text).toContain('Mål och viljeinriktning'); // the template's body
      }
      if (format === 'docx') expect(unzipEntry(bytes, 'word/document.xml')).toContain(title);
      if (format === 'md') {
        const md = bytes.toString('utf8');
        expect(md).toContain(`# ${title}`);
        expect(md).toContain(`**Beslut:** ${decisionLine}`);
        expect(md).toContain('#### Indikatorer');
      }
    }
    console.info(`export sizes of the demo måldokument v1: ${JSON.stringify(sizes)}`);
    const rows = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'document.exported'), eq(auditLog.targetId, documentId)));
    expect(rows.map((row) => row.details)).toEqual([{ number: 1, format: 'pdf' }, { number: 1, format: 'docx' }, { number: 1, format: 'md' }]);
  });

  it('answers 401 without a session, 404 for an unknown version, 400 for an unknown format', async () => {
    expect((await download('pdf')).status).toBe(401);
    expect((await download('pdf', facilitator, '2')).status).toBe(404);
    expect((await download('pdf', facilitator, 'abc')).status).toBe(404);
    const unknown = await download('odt', facilitator);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('invalid_format');
    expect((await h.request(`/api/documents/${documentId}/versions/1/export`, { cookie: facilitator })).status).toBe(400);
  });
});
