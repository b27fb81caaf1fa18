import { t } from '../../../shared/i18n';
import { documentRoom } from '../../../shared/sync/rooms';
import { messageOf, statusOf } from '../api/http';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { documentStatusLabel, documentTypeLabel } from '../documents/labels';
import { useDocument } from '../documents/useDocument';
import { DocumentWorkspace } from '../editor/DocumentWorkspace';
import { Link } from '../router/Link';
import { paths, type RouteParams } from '../router/paths';

/** /dokument/:id: one document, edited live with everyone who has it open. */
export function DocumentPage({ params }: { params: RouteParams }) {
  const id = params.id ?? '';
  const { data: document, error, isPending, refetch } = useDocument(id);
  if (isPending) return <p role="status">{t('editor.loading')}</p>;
  if (error) {
    const status = statusOf(error);
    return (
      <Page title={t('documents.heading')}>
        <ErrorAlert message={status === 404 || status === 403 ? t('documents.notFound') : messageOf(error)} />
        <Link to={paths.start()}>{t('documents.back')}</Link>
      </Page>
    );
  }
  return (
    <Page title={document.title} wide>
      <p className="document-meta">
        {t('editor.meta', {
          type: documentTypeLabel(document.type),
          body: document.bodyName ?? t('documents.noBody'),
          status: documentStatusLabel(document.status),
        })}
      </p>
      <DocumentWorkspace key={document.id} document={document} roomName={documentRoom(document.id)} onDocumentChanged={refetch} />
    </Page>
  );
}
