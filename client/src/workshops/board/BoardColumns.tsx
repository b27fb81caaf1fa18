import type { BoardLayout } from '../../../../shared/workshops/board-layouts';
import type { BoardContent } from './board-state';
import { CategorySection } from './CategorySection';

/** The group's board: one column per layout column, each with its categories side by side. */
export function BoardColumns({ layout, content }: { layout: BoardLayout; content: BoardContent }) {
  return (
    <div className="board-columns">
      {layout.columns.map((column) => (
        <section key={column.id} className="board-column" aria-labelledby={`column-${column.id}`}>
          <h2 id={`column-${column.id}`}>{column.name}</h2>
          <div className="board-categories">
            {column.categories.map((category) => (
              <CategorySection
                key={category.id}
                id={category.id}
                name={category.name}
                columnName={column.name}
                cards={content.cards.filter((card) => card.categoryId === category.id)}
                clusters={content.clusters.filter((cluster) => cluster.categoryId === category.id)}
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
