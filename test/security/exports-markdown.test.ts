import type { JSONContent } from '@tiptap/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderHtml, renderText } from '../../shared/documents/render';
import { documentRoom } from '../../shared/sync/rooms';
import { documents, documentVersions } from '../../server/db/schema';
import { renderExport } from '../../server/exports/export-version';
import { renderMarkdown } from '../../server/exports/markdown';
import type { ExportVersion } from '../../server/exports/model';
import { appendUpdates } from '../../server/sync/doc-store';
import { AppHarness } from '../helpers/app-harness';
import { driverUnderTest } from '../helpers/test-database';
import { DEFAULT_GOAL_LEVELS } from '../../shared/goals/levels';

const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };
const payload = '<img src=x onerror=alert(1)>';

const version = (content: JSONContent[]): ExportVersion => ({
  title: 'Mål', organisationName: 'Exempelkommun', bodyName: null, number: 1, lockedAt: new Date('2027-10-14T10:00:00Z'),
  hash: 'ab'.repeat(32), note: null, decision, goals: [], bodyNames: new Map(), parentGoals: new Map(), goalLevels: DEFAULT_GOAL_LEVELS, content: { type: 'doc', content },
});
const codeBlock = (code: string): JSONContent => ({ type: 'codeBlock', content: [{ type: 'text', text: code }] });
const inlineCode = (code: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: code, marks: [{ type: 'code' }] }] });

/**
 * The lines of a Markdown text that a CommonMark reader takes as outside any fenced code block (the
 * fence rules of CommonMark 0.31 §4.5, for fences at the start of a line as the export writes them).
 */
function linesOutsideFences(markdown: string): string[] {
  const outside: string[] = [];
  let open: string | null = null;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open === null) {
      if (fence && !(fence[1]!.startsWith('`') && fence[2]!.includes('`'))) open = fence[1]!;
      else outside.push(line);
    } else if (fence && fence[1]![0] === open[0] && fence[1]!.length >= open.length && fence[2]!.trim() === '') {
      open = null;
    }
  }
  return outside;
}

describe('Markdown export: code cannot break out of its fence (CommonMark)', () => {
  it('a code block holding a fence gets a longer fence, and its HTML stays inside', () => {
    for (const code of [`\`\`\`\n${payload}\n\`\`\``, `\`\`\`\`\n${payload}`, `a\n\`\`\`\`\`\`\`\`\`\n${payload}\n\`\`\``]) {
      const md = renderMarkdown(version([codeBlock(code), { type: 'paragraph', content: [{ type: 'text', text: 'efter' }] }]));
      const longest = Math.max(...(code.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      expect(md).toContain(`${fence}\n${code}\n${fence}\n\nefter`);
      expect(linesOutsideFences(md).join('\n')).not.toContain('<img');
      expect(linesOutsideFences(md)).toContain('efter');
    }
  });

  it('inline code gets delimiters longer than any backtick run inside, on one line', () => {
    const md = renderMarkdown(version([inlineCode('a `` b'), inlineCode('`start'), inlineCode(`x\n${payload}`), inlineCode(`y\n\`\`\`\n${payload}`)]));
    expect(md).toContain('```a `` b```');
    expect(md).toContain('`` `start ``');
    expect(md).toContain(`\`x ${payload}\``);
    // No line opens a fence ("```a `` b```" does not: a backtick fence's info has no backtick), and none starts raw HTML.
    expect(linesOutsideFences(md)).toEqual(md.split('\n'));
    for (const line of md.split('\n')) expect(line).not.toMatch(/^\s*</);
  });
});

describe('nodes and marks named after Object.prototype properties render as unknown names', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  const content: JSONContent[] = names.flatMap((name) => [
    { type: name, content: [{ type: 'text', text: `nod ${name}` }] },
    { type: 'paragraph', content: [{ type: 'text', text: `märke ${name}`, marks: [{ type: name }] }] },
  ]);

  it('HTML, text and Markdown show the text and no function source', () => {
    const html = renderHtml({ type: 'doc', content });
    expect(html).not.toMatch(/function|native code|\[object/);
    for (const name of names) expect(html).toContain(`<p>märke ${name}</p>`);
    expect(renderText({ type: 'doc', content })).toContain('märke constructor');
    const md = renderMarkdown(version(content));
    expect(md).not.toMatch(/function|native code|\[object/);
    expect(md).toContain('nod constructor');
  });

  it('PDF and DOCX render them', async () => {
    for (const format of ['pdf', 'docx'] as const) expect((await renderExport(version(content), format)).length).toBeGreaterThan(1000);
  });
});

describe(`a locked document with such names, through the API, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let documentId: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    documentId = (await h.db.select().from(documents).where(eq(documents.type, 'mal')))[0]!.id;
  });
  afterAll(() => h.dispose());

  it('stores version HTML without function source, and exports Markdown with the code fenced', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const body = doc.getXmlFragment('body');
    for (const name of ['constructor', '__proto__']) {
      const element = new Y.XmlElement(name);
      element.insert(0, [new Y.XmlText(`nod ${name}`)]);
      body.push([element]);
    }
    const code = new Y.XmlElement('codeBlock');
    code.insert(0, [new Y.XmlText(`\`\`\`\n${payload}\n\`\`\``)]);
    body.push([code]);
    await appendUpdates(h.db, documentRoom(documentId), updates);

    const locked = await h.request(`/api/documents/${documentId}/versions`, { method: 'POST', cookie: facilitator, body: { decision } });
    expect(locked.status).toBe(201);
    const [row] = await h.db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId));
    expect(row!.html).toContain('nod constructor');
    expect(row!.html).not.toMatch(/function|native code/);
    const md = await (await h.request(`/api/documents/${documentId}/versions/1/export?format=md`, { cookie: facilitator })).text();
    expect(md).toContain(`\`\`\`\`\n\`\`\`\n${payload}\n\`\`\`\n\`\`\`\``);
    expect(linesOutsideFences(md).join('\n')).not.toContain('<img');
  });
});
