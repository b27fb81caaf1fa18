/**
 * The body of a workshop's sammanställning (issue 8, Compile): ProseMirror JSON in the shared editor
 * schema, using only heading, paragraph, bulletList, listItem and text (bold), so the new document
 * opens in the editor and is fastställd like any other. Pure: the route gathers boards and votes.
 */
import type { JSONContent } from '@tiptap/core';
import { t } from '../../shared/i18n';
import type { BoardLayout } from '../../shared/workshops/board-layouts';
import type { Card, Cluster } from '../../shared/workshops/board';

interface CompileBoard {
  groupName: string;
  cards: Card[];
  clusters: Cluster[];
}

export interface CompileInput {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  layout: BoardLayout;
  /** In group order. */
  boards: CompileBoard[];
  /** Votes per card id: every vote cast, revealed or not. */
  votes: Record<string, number>;
  participants: number;
  /** Each group's notes, in group order; groups without notes are left out. */
  notes?: Array<{ groupName: string; paragraphs: string[] }>;
}

/** A card as the sammanställning lists it: never its author. */
interface RankedCard {
  id: string;
  text: string;
  groupName: string;
  votes: number;
  createdAt: string;
}

interface ClusterSection {
  /** null: the cards outside any cluster, listed last. */
  title: string | null;
  cards: RankedCard[];
}

export interface CategorySection {
  columnName: string;
  categoryName: string;
  clusters: ClusterSection[];
}

const byRank = (a: RankedCard, b: RankedCard) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const total = (section: ClusterSection) => section.cards.reduce((sum, card) => sum + card.votes, 0);
// biome-ignore lint/complexity/useMathMinMax: ISO timestamps compare as strings; Math.min would make them NaN
const earliest = (section: ClusterSection) => section.cards.reduce((min, card) => (card.createdAt < min ? card.createdAt : min), '\uffff');

/** A card's text on one line (a list item holds one paragraph). */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The cards of one category from every group, grouped by cluster: clusters with the same title on
 * different boards are one heading; clusters by votes (most first), the unclustered last; cards by
 * votes, ties by creation. Empty cards are left out.
 */
function categoryClusters(boards: CompileBoard[], categoryId: string, votes: Record<string, number>): ClusterSection[] {
  const sections = new Map<string, ClusterSection>();
  const loose: ClusterSection = { title: null, cards: [] };
  for (const board of boards) {
    const clusters = new Map(board.clusters.map((cluster) => [cluster.id, cluster]));
    for (const card of board.cards) {
      if (card.categoryId !== categoryId) continue;
      const text = oneLine(card.text);
      if (!text) continue;
      const ranked: RankedCard = { id: card.id, text, groupName: board.groupName, votes: votes[card.id] ?? 0, createdAt: card.createdAt };
      const cluster = card.clusterId ? clusters.get(card.clusterId) : undefined;
      if (!cluster) {
        loose.cards.push(ranked);
        continue;
      }
      const title = oneLine(cluster.title);
      const key = title ? `title:${title.toLocaleLowerCase('sv')}` : `id:${cluster.id}`;
      const section = sections.get(key) ?? { title: title || t('workshop.compile.untitledCluster'), cards: [] };
      section.cards.push(ranked);
      sections.set(key, section);
    }
  }
  const clustered = [...sections.values()].sort((a, b) => total(b) - total(a) || earliest(a).localeCompare(earliest(b)));
  const all = loose.cards.length > 0 ? [...clustered, loose] : clustered;
  for (const section of all) section.cards.sort(byRank);
  return all;
}

/** The categories in layout order, each with its cards; empty categories are left out. Cards in a category no longer on the layout come last. */
export function compileSections(input: CompileInput): CategorySection[] {
  const sections: CategorySection[] = [];
  const known = new Set<string>();
  for (const column of input.layout.columns) {
    for (const category of column.categories) {
      known.add(category.id);
      const clusters = categoryClusters(input.boards, category.id, input.votes);
      if (clusters.length > 0) sections.push({ columnName: column.name, categoryName: category.name, clusters });
    }
  }
  const strays = [...new Set(input.boards.flatMap((board) => board.cards.map((card) => card.categoryId)))].filter((id) => !known.has(id));
  for (const id of strays) {
    const clusters = categoryClusters(input.boards, id, input.votes);
    if (clusters.length > 0) sections.push({ columnName: t('workshop.compile.other'), categoryName: t('workshop.compile.other'), clusters });
  }
  return sections;
}

const text = (value: string, bold = false): JSONContent => (bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value });
const heading = (level: 1 | 2 | 3, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const paragraph = (value: string, bold = false): JSONContent => ({ type: 'paragraph', content: [text(value, bold)] });

const votesLabel = (votes: number) => (votes === 1 ? t('workshop.compile.votesOne') : t('workshop.compile.votes', { count: votes }));

/** "<text> — <group>, <n> röster" */
const cardLine = (card: RankedCard) => t('workshop.compile.card', { text: card.text, group: card.groupName, votes: votesLabel(card.votes) });

export const compiledTitle = (workshopTitle: string) => t('workshop.compile.title', { title: workshopTitle });

export function compileBody(input: CompileInput): JSONContent {
  const content: JSONContent[] = [
    heading(1, compiledTitle(input.title)),
    paragraph(
      t('workshop.compile.intro', {
        title: input.title,
        date: input.date,
        groups: input.boards.map((board) => board.groupName).join(', ') || '–',
        participants: input.participants,
      }),
    ),
  ];
  const sections = compileSections(input);
  if (sections.length === 0) content.push(paragraph(t('workshop.compile.empty')));
  let column: string | null = null;
  for (const section of sections) {
    if (section.columnName !== column) {
      column = section.columnName;
      content.push(heading(2, section.columnName));
    }
    if (section.categoryName !== section.columnName) content.push(heading(3, section.categoryName));
    const clustered = section.clusters.some((cluster) => cluster.title !== null);
    for (const cluster of section.clusters) {
      if (cluster.title !== null) content.push(paragraph(cluster.title, true));
      else if (clustered) content.push(paragraph(t('workshop.compile.unclustered'), true));
      content.push({ type: 'bulletList', content: cluster.cards.map((card) => ({ type: 'listItem', content: [paragraph(cardLine(card))] })) });
    }
  }
  const notes = (input.notes ?? []).filter((group) => group.paragraphs.length > 0);
  if (notes.length > 0) {
    content.push(heading(2, t('workshop.notes.compileHeading')));
    for (const group of notes) {
      content.push(heading(3, group.groupName));
      for (const value of group.paragraphs) content.push(paragraph(value));
    }
  }
  return { type: 'doc', content };
}
