import { useState, type DragEvent } from 'react';
import { t } from '../../../../shared/i18n';
import { moveCard, setCardCluster, type Card, type Cluster } from '../../../../shared/workshops/board';
import { AddCardForm } from './AddCardForm';
import { useBoard } from './BoardContext';
import { CardItem } from './CardItem';
import { allowCardDrop, droppedCard } from './drag';

function CardList({ cards, label }: { cards: Card[]; label: string }) {
  return (
    <ul className="card-list" aria-label={label}>
      {cards.map((card) => (
        <CardItem key={card.id} card={card} />
      ))}
    </ul>
  );
}

/** One category of a column: its cluster headings with their cards, the cards without one, a new card (folding on a phone). */
export function CategorySection({ id, name, columnName, cards, clusters }: { id: string; name: string; columnName: string; cards: Card[]; clusters: Cluster[] }) {
  const { canWrite, doc, announce, smallScreen } = useBoard();
  // On a phone a category folds away by a tap; an empty one starts folded, one with cards open.
  const [folded, setFolded] = useState<boolean | null>(null);
  const isFolded = smallScreen && (folded ?? cards.length === 0);
  const drop = canWrite
    ? (clusterId: string | null) => ({
        onDragOver: allowCardDrop,
        onDrop: (event: DragEvent) => {
          const cardId = droppedCard(event);
          if (!cardId) return;
          if (clusterId) {
            setCardCluster(doc, cardId, clusterId);
            announce(t('workshop.card.clustered', { title: clusters.find((cluster) => cluster.id === clusterId)?.title ?? '' }));
          } else {
            doc.transact(() => {
              moveCard(doc, cardId, id);
              setCardCluster(doc, cardId, null); // dropped beside the headings: out of its cluster
            });
            announce(t('workshop.card.moved', { category: `${columnName} – ${name}` }));
          }
        },
      })
    : () => ({});
  const loose = cards.filter((card) => !card.clusterId || !clusters.some((cluster) => cluster.id === card.clusterId));
  const label = `${columnName} – ${name}`;
  return (
    <section className="board-category" aria-label={label} data-category={id} {...drop(null)}>
      {smallScreen ? (
        <h3>
          <button type="button" className="category-toggle" aria-expanded={!isFolded} onClick={() => setFolded(!isFolded)}>
            {name} <span className="category-count">({t('workshop.board.cardCount', { count: cards.length })})</span>
          </button>
        </h3>
      ) : (
        <h3>{name}</h3>
      )}
      {!isFolded && (
        <>
          {cards.length === 0 && <p className="hint">{t('workshop.board.noCards')}</p>}
          {clusters.map((cluster) => {
            const inCluster = cards.filter((card) => card.clusterId === cluster.id);
            return (
              <section key={cluster.id} className="board-cluster" aria-label={cluster.title} {...drop(cluster.id)}>
                <h4 className="cluster-title">{cluster.title}</h4>
                <CardList cards={inCluster} label={cluster.title} />
              </section>
            );
          })}
          {loose.length > 0 && <CardList cards={loose} label={clusters.length > 0 ? t('workshop.board.unclustered') : t('workshop.board.cardsIn', { category: name })} />}
        </>
      )}
      {/* On a phone, the board's one "Nytt kort" (NewCardPanel) writes here. */}
      {canWrite && !smallScreen && <AddCardForm categoryId={id} categoryName={label} />}
    </section>
  );
}
