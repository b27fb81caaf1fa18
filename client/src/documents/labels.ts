import type { DocumentStatus, DocumentType } from '../../../shared/domain/documents';
import { t } from '../../../shared/i18n';

export const documentTypeLabel = (type: DocumentType) => t(`documents.type.${type}`);
export const documentStatusLabel = (status: DocumentStatus) => t(`documents.status.${status}`);

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });

/** "25 nov. 2026 07:03": when something was last changed, the Swedish way. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

/** The template a new document of this type starts from. */
export const templateLabel = (type: DocumentType) => t(`template.${type}.name`);
