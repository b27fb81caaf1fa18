import { describe, expect, it } from 'vitest';
import { boardLayout, categoryIds } from './board-layouts';

describe('board layouts', () => {
  it('omvärldsdag: the six PESTEL areas, each split into möjligheter and utmaningar', () => {
    const layout = boardLayout('pestel');
    expect(layout.columns.map((column) => column.name)).toEqual(['Politiska', 'Ekonomiska', 'Sociala', 'Teknologiska', 'Miljö', 'Legala']);
    for (const column of layout.columns) expect(column.categories.map((category) => category.name)).toEqual(['Möjligheter', 'Utmaningar']);
    expect(categoryIds(layout).size).toBe(12);
  });

  it("Vägval för framtiden: SKR's five forces", () => {
    expect(boardLayout('vagval').columns.map((column) => column.name)).toEqual(['Globalisering', 'Demografi', 'Klimat', 'Teknik', 'Värderingar']);
  });

  it('budgetdag: one column per nämnd with prioritering and konsekvens', () => {
    const layout = boardLayout('budget', [
      { id: 'bun', name: 'Barn- och bildningsnämnden' },
      { id: 'sn', name: 'Socialnämnden' },
    ]);
    expect(layout.columns.map((column) => column.name)).toEqual(['Barn- och bildningsnämnden', 'Socialnämnden']);
    expect([...categoryIds(layout)]).toEqual(['bun:prioritering', 'bun:konsekvens', 'sn:prioritering', 'sn:konsekvens']);
  });

  it('category ids are unique on every board', () => {
    for (const kind of ['pestel', 'vagval', 'single'] as const) {
      const layout = boardLayout(kind);
      const all = layout.columns.flatMap((column) => column.categories.map((category) => category.id));
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
