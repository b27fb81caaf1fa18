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

/** A layout column as the projector shows it: its name and its categories with their cards. */
export interface ColumnCards {
  id: string;
  name: string;
  categories: CategoryCards[];
}

/**
 * The layout's columns, each with its categories (named by the category alone) and their cards, as
 * `cardsByCategory` sorts them; cards of unknown categories in a last column of their own.
 */
export function cardsByColumn(layout: BoardLayout, cards: Card[], tallies: Record<string, number> | null = null): ColumnCards[] {
  const sorted = new Map(cardsByCategory(layout, cards, tallies).map((category) => [category.id, category.cards]));
  const columns = layout.columns.map((column) => ({
    id: column.id,
    name: column.name,
    categories: column.categories.map((category) => ({ id: category.id, name: category.name, cards: sorted.get(category.id) ?? [] })),
  }));
  const rest = sorted.get('');
  return rest ? [...columns, { id: '', name: '…', categories: [{ id: '', name: '…', cards: rest }] }] : columns;
}
