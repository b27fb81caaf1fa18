import { describe, expect, it } from 'vitest';
import { renderText } from '../../shared/documents/render';
import { boardLayout } from '../../shared/workshops/board-layouts';
import type { Card, Cluster } from '../../shared/workshops/board';
import { compileBody, compileSections, type CompileInput } from './compile-body';

const card = (id: string, categoryId: string, text: string, createdAt: string, extra: Partial<Card> = {}): Card => ({
  id,
  text,
  categoryId,
  clusterId: null,
  author: null,
  createdAt,
  ...extra,
});
const cluster = (id: string, categoryId: string, title: string, createdAt = '2027-01-21T09:00:00.000Z'): Cluster => ({ id, categoryId, title, createdAt });

function input(overrides: Partial<CompileInput> = {}): CompileInput {
  return {
    title: 'Omvärldsdag',
    date: '2027-01-21',
    layout: boardLayout('pestel'),
    boards: [
      {
        groupName: 'Grupp 1',
        cards: [
          card('a', 'ekonomiska:utmaningar', 'Räntor', '2027-01-21T10:00:00.000Z', { author: { participantId: 'p1', name: 'Anna' } }),
          card('b', 'politiska:mojligheter', 'Nya\nregler', '2027-01-21T10:01:00.000Z', { clusterId: 'k1' }),
          card('c', 'politiska:mojligheter', 'Val', '2027-01-21T10:02:00.000Z'),
          card('blank', 'politiska:mojligheter', '   ', '2027-01-21T10:03:00.000Z'),
        ],
        clusters: [cluster('k1', 'politiska:mojligheter', 'Lagstiftning')],
      },
      {
        groupName: 'Grupp 2',
        cards: [
          card('d', 'politiska:mojligheter', 'EU', '2027-01-21T10:00:30.000Z', { clusterId: 'k2' }),
          card('e', 'politiska:mojligheter', 'Samverkan', '2027-01-21T09:59:00.000Z'),
        ],
        clusters: [cluster('k2', 'politiska:mojligheter', ' lagstiftning ')],
      },
    ],
    votes: { a: 1, b: 2, d: 2, c: 0, e: 4 },
    participants: 7,
    ...overrides,
  };
}

describe('compileSections', () => {
  it('keeps layout order, leaves out empty categories, merges same-titled clusters and ranks by votes', () => {
    const sections = compileSections(input());
    expect(sections.map((section) => `${section.columnName}/${section.categoryName}`)).toEqual(['Politiska/Möjligheter', 'Ekonomiska/Utmaningar']);
    const [politics] = sections;
    expect(politics!.clusters.map((section) => section.title)).toEqual(['Lagstiftning', null]);
    // Tie on votes (b, d): the older card first.
    expect(politics!.clusters[0]!.cards.map((c) => [c.id, c.groupName])).toEqual([
      ['d', 'Grupp 2'],
      ['b', 'Grupp 1'],
    ]);
    expect(politics!.clusters[1]!.cards.map((c) => c.id)).toEqual(['e', 'c']);
  });
});

describe('compileBody', () => {
  it('renders headings, bold cluster lead-ins and one line per card with group and votes, never an author', () => {
    const body = compileBody(input());
    const text = renderText(body);
    expect(text.split('\n')).toEqual([
      'Sammanställning: Omvärldsdag',
      'Workshop: Omvärldsdag. Datum: 2027-01-21. Grupper: Grupp 1, Grupp 2. Antal deltagare: 7.',
      'Politiska',
      'Möjligheter',
      'Lagstiftning',
      '– EU — Grupp 2, 2 röster',
      '– Nya regler — Grupp 1, 2 röster',
      'Övriga kort',
      '– Samverkan — Grupp 2, 4 röster',
      '– Val — Grupp 1, 0 röster',
      'Ekonomiska',
      'Utmaningar',
      '– Räntor — Grupp 1, 1 röst',
    ]);
    expect(JSON.stringify(body)).not.toContain('Anna');
    const types = new Set<string>();
    const walk = (node: { type?: string; content?: unknown[]; marks?: Array<{ type: string }> }) => {
      types.add(node.type!);
      for (const mark of node.marks ?? []) types.add(`mark:${mark.type}`);
      for (const child of node.content ?? []) walk(child as typeof node);
    };
    walk(body);
    expect([...types].sort()).toEqual(['bulletList', 'doc', 'heading', 'listItem', 'mark:bold', 'paragraph', 'text']);
  });

  it('says so when there are no cards', () => {
    expect(renderText(compileBody(input({ boards: [] })))).toContain('Inga kort skrevs under workshoppen.');
  });
});
