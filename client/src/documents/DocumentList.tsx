import './documents.css';
import { useId, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { DocumentQuery } from '../api/documents';
import type { DocumentView } from '../../../shared/api/documents';
import { useBodies } from '../bodies/useBodies';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import { NewFollowUpForm } from '../follow-ups/NewFollowUpForm';
import { navigate } from '../router/history';
import { paths } from '../router/paths';
import { useMe } from '../session/SessionContext';
import { CreateDocumentForm } from './CreateDocumentForm';
import { DocumentFilters } from './DocumentFilters';
import { DocumentRow } from './DocumentRow';
import { useDocuments } from './useDocuments';

const COLUMNS = ['documents.col.title', 'documents.col.type', 'documents.col.body', 'documents.col.status', 'documents.col.lastEdited', 'documents.col.actions'] as const;

/** The organisation's documents, filtered by body and type; create a document or an uppföljning (either opens the new document), rename and archive for those who may. */
export function DocumentList() {
  const me = useMe();
  const headingId = useId();
  const [query, setQuery] = useState<DocumentQuery>({});
  const bodies = useBodies().data ?? [];
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const { documents, error, replace } = useDocuments(query);
  const canCreate = me.permissions.includes('document.create');

  const changed = (document: DocumentView, message: string) => {
    replace(document);
    setActionError(null);
    setStatus(message);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documents.heading')}</h2>
      <DocumentFilters bodies={bodies} query={query} onChange={setQuery} />
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert message={error ?? actionError} />
      {documents === null ? (
        !error && <p role="status">{t('documents.loading')}</p>
      ) : documents.length === 0 ? (
        <p>{t('documents.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={headingId} aria-describedby={`${headingId}-count`} data-testid="documents-table">
            <caption id={`${headingId}-count`} className="visually-hidden">
              {t('documents.count', { count: documents.length })}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th key={key} scope="col">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <DocumentRow
                  key={document.id}
                  document={document}
                  canManage={document.permissions.includes('document.edit')}
                  onChanged={changed}
                  onError={setActionError}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canCreate && <CreateDocumentForm bodies={bodies} onCreated={(document) => navigate(paths.document(document.id))} />}
      {canCreate && <NewFollowUpForm bodies={bodies} onCreated={(id) => navigate(paths.document(id))} />}
    </section>
  );
}
