/**
 * The board layouts a facilitator starts a workshop from (issue 8, seed 004): columns, each split into
 * categories where cards are written. A layout is data copied into the workshop when it is created, so
 * a facilitator may rename or add columns without changing the defaults. Names come from the catalogue.
 */
import { t, type MessageKey } from '../i18n';

interface BoardCategory {
  /** Stable within the board: card.categoryId points here. */
  id: string;
  name: string;
}

interface BoardColumn {
  id: string;
  name: string;
  categories: BoardCategory[];
}

export interface BoardLayout {
  columns: BoardColumn[];
}

export const LAYOUT_KINDS = ['pestel', 'vagval', 'budget', 'single'] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

const PESTEL: Array<[string, MessageKey]> = [
  ['politiska', 'workshop.layout.political'],
  ['ekonomiska', 'workshop.layout.economic'],
  ['sociala', 'workshop.layout.social'],
  ['teknologiska', 'workshop.layout.technological'],
  ['miljo', 'workshop.layout.environmental'],
  ['legala', 'workshop.layout.legal'],
];

/** SKR's Vägval för framtiden: five forces shaping the kommuner's future. */
const VAGVAL: Array<[string, MessageKey]> = [
  ['globalisering', 'workshop.layout.globalisation'],
  ['demografi', 'workshop.layout.demography'],
  ['klimat', 'workshop.layout.climate'],
  ['teknik', 'workshop.layout.technology'],
  ['varderingar', 'workshop.layout.values'],
];

const opportunitiesAndChallenges = (columnId: string): BoardCategory[] => [
  { id: `${columnId}:mojligheter`, name: t('workshop.layout.opportunities') },
  { id: `${columnId}:utmaningar`, name: t('workshop.layout.challenges') },
];

/** A nämnd on a budgetdag: one column with its priorities and the officials' consequence analysis. */
export interface LayoutBody {
  id: string;
  name: string;
}

export function boardLayout(kind: LayoutKind, bodies: readonly LayoutBody[] = []): BoardLayout {
  switch (kind) {
    case 'pestel':
    case 'vagval':
      return {
        columns: (kind === 'pestel' ? PESTEL : VAGVAL).map(([id, key]) => ({ id, name: t(key), categories: opportunitiesAndChallenges(id) })),
      };
    case 'budget':
      return {
        columns: bodies.map((body) => ({
          id: body.id,
          name: body.name,
          categories: [
            { id: `${body.id}:prioritering`, name: t('workshop.layout.priority') },
            { id: `${body.id}:konsekvens`, name: t('workshop.layout.consequence') },
          ],
        })),
      };
    case 'single':
      return { columns: [{ id: 'ideer', name: t('workshop.layout.ideas'), categories: [{ id: 'ideer:kort', name: t('workshop.layout.cards') }] }] };
  }
}

/** Every category id on a board, for checking where a card may be put. */
export function categoryIds(layout: BoardLayout): Set<string> {
  return new Set(layout.columns.flatMap((column) => column.categories.map((category) => category.id)));
}
