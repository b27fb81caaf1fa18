import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import { addCluster, setCardCluster, type Card } from '../../../../shared/workshops/board';
import { MAX_CLUSTER_TITLE_LENGTH } from '../../../../shared/workshops/limits';
import { TextField } from '../../components/fields';
import { useBoard } from './BoardContext';
import { categoryLabel } from './board-state';
import { focusCard } from './focus';
import { CardFormActions } from './CardFormActions';

const NONE = '';
const NEW = '__new__';

/**
 * "Lägg under rubrik…": an existing heading (the card follows it to its category), no heading, or a new
 * heading in the card's category. Works with the keyboard alone.
 */
export function ClusterCardForm({ card, onClose }: { card: Card; onClose(): void }) {
  const { doc, clusters, categories, announce } = useBoard();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [choice, setChoice] = useState(card.clusterId ?? (clusters.length === 0 ? NEW : NONE));
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => select.current?.focus(), []);

  const categoryName = (categoryId: string) => {
    const category = categories.find((candidate) => candidate.id === categoryId);
    return category ? categoryLabel(category) : '';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === NEW) {
      const trimmed = title.trim();
      if (!trimmed) return setError(t('workshop.card.clusterTitleMissing'));
      const clusterId = crypto.randomUUID();
      doc.transact(() => {
        addCluster(doc, { id: clusterId, title: trimmed, categoryId: card.categoryId, createdAt: new Date().toISOString() });
        setCardCluster(doc, card.id, clusterId);
      });
      announce(t('workshop.card.clustered', { title: trimmed }));
    } else if (choice === NONE) {
      setCardCluster(doc, card.id, null);
      announce(t('workshop.card.unclustered'));
    } else {
      setCardCluster(doc, card.id, choice);
      announce(t('workshop.card.clustered', { title: clusters.find((cluster) => cluster.id === choice)?.title ?? '' }));
    }
    onClose();
    focusCard(card.id);
  };

  return (
    <form className="card-menu-form" onSubmit={submit} noValidate onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <label htmlFor={id}>{t('workshop.card.clusterChoose')}</label>
      <select id={id} ref={select} value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value={NONE}>{t('workshop.card.clusterNone')}</option>
        {clusters.map((cluster) => (
          <option key={cluster.id} value={cluster.id}>
            {t('workshop.card.clusterOption', { title: cluster.title, category: categoryName(cluster.categoryId) })}
          </option>
        ))}
        <option value={NEW}>{t('workshop.card.clusterNew')}</option>
      </select>
      {choice === NEW && (
        <TextField label={t('workshop.card.clusterNewTitle')} value={title} maxLength={MAX_CLUSTER_TITLE_LENGTH} onChange={(event) => setTitle(event.target.value)} error={error ?? undefined} />
      )}
      <CardFormActions submitLabel={t('workshop.card.clusterSubmit')} onCancel={onClose} />
    </form>
  );
}
