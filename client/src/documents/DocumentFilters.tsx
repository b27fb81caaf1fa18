import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/domain/documents';
import { t } from '../../../shared/i18n';
import type { DocumentQuery } from '../api/documents';
import type { Body } from '../../../shared/api/bodies';
import { Checkbox, SelectField } from '../components/fields';
import { bodyLabel } from '../format/labels';
import { documentTypeLabel } from './labels';

interface DocumentFiltersProps {
  bodies: Body[];
  query: DocumentQuery;
  onChange(query: DocumentQuery): void;
}

/** Which documents the list shows: one body, one type, and whether archived ones are included. */
export function DocumentFilters({ bodies, query, onChange }: DocumentFiltersProps) {
  return (
    <fieldset className="filters">
      <legend>{t('documents.filter.legend')}</legend>
      <SelectField label={t('documents.filter.body')} value={query.bodyId ?? ''} onChange={(event) => onChange({ ...query, bodyId: event.target.value || undefined })}>
        <option value="">{t('documents.filter.all')}</option>
        {bodies.map((body) => (
          <option key={body.id} value={body.id}>
            {bodyLabel(body)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('documents.filter.type')}
        value={query.type ?? ''}
        onChange={(event) => onChange({ ...query, type: (event.target.value || undefined) as DocumentType | undefined })}
      >
        <option value="">{t('documents.filter.all')}</option>
        {DOCUMENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {documentTypeLabel(type)}
          </option>
        ))}
      </SelectField>
      <Checkbox label={t('documents.filter.archived')} checked={query.includeArchived ?? false} onChange={(event) => onChange({ ...query, includeArchived: event.target.checked })} />
    </fieldset>
  );
}
