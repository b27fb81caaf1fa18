import { t } from '../../../../shared/i18n';
import type { Card } from '../../../../shared/workshops/board';

/** "av Gunilla Gäst", or that the card is anonymous (its author was never stored). */
export function CardByline({ card }: { card: Card }) {
  return card.author ? (
    <p className="card-author">{t('workshop.card.by', { name: card.author.name })}</p>
  ) : (
    <p className="card-author" data-testid="card-anonymous">
      {t('workshop.card.anonymous')}
    </p>
  );
}
