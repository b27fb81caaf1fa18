import { t } from '../../../../shared/i18n';
import type { Card } from '../../../../shared/workshops/board';
import type { BoardLayout } from '../../../../shared/workshops/board-layouts';

/** A category of the layout, named with its column ("Politiska – Möjligheter"), with its cards. */
export interface CategoryCards {
  id: string;
  name: string;
  cards: Card[];
}

/**
 * The layout's categories in order, each with the cards given for it (cards of unknown categories last);
 * once the votes are revealed (`tallies`), each category's cards ranked by them, most first, ties in order.
 */
export function cardsByCategory(layout: BoardLayout, cards: Card[], tallies: Record<string, number> | null = null): CategoryCards[] {
  const categories = layout.columns.flatMap((column) =>
    column.categories.map((category) => ({ id: category.id, name: column.categories.length > 1 ? `${column.name} – ${category.name}` : column.name, cards: [] as Card[] })),
  );
  const byId = new Map(categories.map((category) => [category.id, category]));
  const rest: Card[] = [];
  for (const card of cards) (byId.get(card.categoryId)?.cards ?? rest).push(card);
  const all = rest.length > 0 ? [...categories, { id: '', name: '…', cards: rest }] : categories;
  if (tallies) for (const category of all) category.cards.sort((a, b) => (tallies[b.id] ?? 0) - (tallies[a.id] ?? 0));
  return all;
}

/** "1 röst", "3 röster". */
export const votesLabel = (count: number) => t('workshop.fac.votesCount', { count });

/** Votes on these cards, from the revealed tallies. */
export const votesOn = (cards: Card[], tallies: Record<string, number> | null) => cards.reduce((sum, card) => sum + (tallies?.[card.id] ?? 0), 0);
