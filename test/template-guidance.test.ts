import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { DOCUMENT_TYPES } from '../shared/domain/documents';
import { DOCUMENT_TEMPLATES } from '../shared/documents/templates';
import { t } from '../shared/i18n';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

const decision = { body: 'Kommunstyrelsen', date: '2027-01-20', paragraph: '§ 4', diarienummer: 'KS/2027:9' };

function* walk(node: JSONContent): Generator<JSONContent> {
  yield node;
  for (const child of node.content ?? []) yield* walk(child);
}

const headingTexts = (body: JSONContent) => [...walk(body)].filter((node) => node.type === 'heading').map((node) => (node.content ?? []).map((child) => child.text).join(''));

describe(`template guidance is a hint, never content, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let official: string;
  let facilitator: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    official = await h.login('tjansteperson@exempelkommun.se');
    facilitator = await h.login('processledare@exempelkommun.se');
  });
  afterAll(() => h.dispose());

  it.each(DOCUMENT_TYPES)('a %s fastställd straight from its template holds its headings and none of its guidance, in the version and every export', async (type) => {
    const created = await h.request('/api/documents', { method: 'POST', cookie: official, body: { type, title: `Ny ${type}`, bodyId: null } });
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string } };
    expect((await h.request(`/api/documents/${document.id}/versions`, { method: 'POST', cookie: facilitator, body: { decision } })).status).toBe(201);

    const { version } = (await (await h.request(`/api/documents/${document.id}/versions/1`, { cookie: official })).json()) as { version: { html: string; plainText: string } };
    const markdown = await (await h.request(`/api/documents/${document.id}/versions/1/export?format=md`, { cookie: official })).text();
    const pdf = Buffer.from(await (await h.request(`/api/documents/${document.id}/versions/1/export?format=pdf`, { cookie: official })).arrayBuffer());
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

    const { body } = DOCUMENT_TEMPLATES[type];
    const hints = DOCUMENT_TEMPLATES[type].hints.map((hint) => t(hint.key));
    expect(hints.length).toBeGreaterThan(0);
    for (const [where, text] of [['html', version.html], ['plain text', version.plainText], ['markdown', markdown], ['pdf', pdfText]] as const) {
      for (const hint of hints) expect(text, `${where} holds the guidance "${hint}"`).not.toContain(hint.slice(0, 40));
    }
    // Headings are content and stay.
    expect(version.plainText).toContain(headingTexts(body)[1]);
  });
});
