import { getSchema, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../domain/documents';
import { isMessageKey, t } from '../i18n';
import { DOCUMENT_TEMPLATES, templateBody } from './templates';

const ALLOWED_NODES = new Set(['doc', 'heading', 'paragraph', 'bulletList', 'orderedList', 'listItem', 'text']);
const ALLOWED_MARKS = new Set(['bold']);

function* walk(node: JSONContent): Generator<JSONContent> {
  yield node;
  for (const child of node.content ?? []) yield* walk(child);
}

function headings(body: JSONContent): string[] {
  return [...walk(body)]
    .filter((node) => node.type === 'heading')
    .map((node) => (node.content ?? []).map((child) => child.text).join(''));
}

describe('document templates', () => {
  const schema = getSchema([StarterKit]);

  it('has a template for every document type', () => {
    for (const type of DOCUMENT_TYPES) {
      const template = DOCUMENT_TEMPLATES[type];
      expect(template.type).toBe(type);
      expect(t(template.nameKey)).not.toBe('');
      expect(t(template.descriptionKey)).not.toBe('');
    }
    expect(Object.keys(DOCUMENT_TEMPLATES).sort()).toEqual([...DOCUMENT_TYPES].sort());
  });

  it.each(DOCUMENT_TYPES)('%s uses only the allowed node types and marks', (type) => {
    const body = DOCUMENT_TEMPLATES[type].body;
    expect(body.type).toBe('doc');
    for (const node of walk(body)) {
      expect(ALLOWED_NODES).toContain(node.type);
      for (const mark of node.marks ?? []) expect(ALLOWED_MARKS).toContain(mark.type);
      if (node.type === 'heading') expect([1, 2, 3]).toContain(node.attrs?.level);
      if (node.type === 'listItem') expect(node.content?.map((c) => c.type)).toEqual(['paragraph']);
      if (node.type === 'text') expect(node.text).toBeTruthy();
    }
  });

  it.each(DOCUMENT_TYPES)('%s validates against the StarterKit schema', (type) => {
    expect(() => schema.nodeFromJSON(DOCUMENT_TEMPLATES[type].body).check()).not.toThrow();
  });

  it.each(DOCUMENT_TYPES)('%s has headings and no unfilled placeholders', (type) => {
    const body = DOCUMENT_TEMPLATES[type].body;
    expect(body.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    expect(headings(body).length).toBeGreaterThan(2);
    const texts = [...walk(body)].filter((node) => node.type === 'text').map((node) => node.text);
    expect(texts.join('\n')).not.toMatch(/\{\w+\}|template\./);
  });

  it.each(DOCUMENT_TYPES)('%s gives guidance only as hints for empty paragraphs, never as text', (type) => {
    const { body, hints } = DOCUMENT_TEMPLATES[type];
    expect(hints.length).toBeGreaterThan(0);
    const blocks = body.content ?? [];
    const texts = [...walk(body)].filter((node) => node.type === 'text').map((node) => node.text);
    for (const hint of hints) {
      expect(isMessageKey(hint.key)).toBe(true);
      expect(texts).not.toContain(t(hint.key));
      // Each hint's place: an empty paragraph right after the block it names.
      const place = blocks.findIndex((block, index) => index > 0 && block.type === 'paragraph' && !block.content?.length && JSON.stringify(blocks[index - 1]).includes(JSON.stringify(hint.after)));
      expect(place, hint.after).toBeGreaterThan(0);
    }
    expect(JSON.stringify(body)).not.toContain('guide');
    expect([...walk(body)].some((node) => node.marks?.some((mark) => mark.type === 'italic'))).toBe(false);
  });

  it('gives omvärldsanalys one section per PESTEL area with the four sub-headings, and sources', () => {
    const all = headings(DOCUMENT_TEMPLATES.omvarldsanalys.body);
    for (const area of ['Politiska', 'Ekonomiska', 'Sociala', 'Teknologiska', 'Miljömässiga', 'Legala']) {
      expect(all.some((h) => h.startsWith(area))).toBe(true);
    }
    for (const sub of ['Trender och förändringar', 'Möjligheter', 'Utmaningar', 'Konsekvenser för kommunens uppdrag']) {
      expect(all.filter((h) => h === sub)).toHaveLength(6);
    }
    expect(all.at(-1)).toBe('Källor');
  });

  it('creates one goal block for a måldokument only', () => {
    expect(DOCUMENT_TEMPLATES.mal.initialGoals).toBe(1);
    for (const type of DOCUMENT_TYPES.filter((type) => type !== 'mal')) expect(DOCUMENT_TEMPLATES[type].initialGoals).toBe(0);
    expect(headings(DOCUMENT_TEMPLATES.mal.body)).toContain('Uppföljning');
  });

  it('covers the resultatdialog, lägesbeskrivning and budgetdag structure from the seeds', () => {
    const text = (type: keyof typeof DOCUMENT_TEMPLATES) => JSON.stringify(DOCUMENT_TEMPLATES[type].body);
    for (const part of ['Bedömning', 'Uppnås helt', 'Uppnås delvis', 'Uppnås ej', 'Analys', 'Fokus framåt', 'Ekonomi', 'Frågor som väcktes']) {
      expect(text('resultatdialog')).toContain(part);
    }
    for (const part of ['Åtgärder', 'Effekt', 'Utmaningar', 'Medarbetare', 'Ekonomi i balans']) {
      expect(text('lagesbeskrivning')).toContain(part);
    }
    for (const part of ['Politiska prioriteringar', 'Förvaltningens konsekvensanalys']) {
      expect(text('budgetunderlag')).toContain(part);
    }
  });

  it('returns a fresh deep copy of the body', () => {
    const copy = templateBody('mal');
    expect(copy).toEqual(DOCUMENT_TEMPLATES.mal.body);
    copy.content![0]!.content![0]!.text = 'Ändrad';
    expect(templateBody('mal')).toEqual(DOCUMENT_TEMPLATES.mal.body);
    expect(DOCUMENT_TEMPLATES.mal.body.content![0]!.content![0]!.text).not.toBe('Ändrad');
  });
});
