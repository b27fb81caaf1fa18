import { t } from '../../../../shared/i18n';

/** The submit and cancel buttons of a card's small forms (edit, move, cluster). */
export function CardFormActions({ submitLabel, onCancel }: { submitLabel: string; onCancel(): void }) {
  return (
    <div className="actions">
      <button type="submit" className="button-small">
        {submitLabel}
      </button>
      <button type="button" className="button-small" onClick={onCancel}>
        {t('workshop.card.cancel')}
      </button>
    </div>
  );
}
