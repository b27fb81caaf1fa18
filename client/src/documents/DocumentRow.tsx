import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { updateDocument, type DocumentChanges } from '../api/documents';
import type { DocumentView } from '../../../shared/api/documents';
import { messageOf } from '../api/http';
import { ConfirmInline } from '../components/ConfirmInline';
import { FollowUpTag } from '../follow-ups/FollowUpTag';
import { useSubmit } from '../forms/useSubmit';
import { Link } from '../router/Link';
import { paths } from '../router/paths';
import { documentStatusLabel, documentTypeLabel, formatDateTime } from './labels';
import { RenameForm } from './RenameForm';

interface DocumentRowProps {
  document: DocumentView;
  canManage: boolean;
  onChanged(document: DocumentView, message: string): void;
  onError(message: string): void;
}

/** One document: link, type, body, status, last change; rename and archive for those who may. */
export function DocumentRow({ document, canManage, onChanged, onError }: DocumentRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'archive'>('view');
  const { busy, run } = useSubmit();
  const archived = document.archivedAt !== null;

  const change = (changes: DocumentChanges, message: (changed: DocumentView) => string) =>
    run(
      async () => {
        const changed = await updateDocument(document.id, changes);
        setMode('view');
        onChanged(changed, message(changed));
      },
      (failure) => onError(messageOf(failure)),
    );

  const edited = document.lastEditedAt ?? document.createdAt;
  return (
    <tr data-testid="document-row">
      <th scope="row">
        <Link to={paths.document(document.id)}>{document.title}</Link>
        {archived && <span className="tag">{t('documents.archivedTag')}</span>}
        {document.followUp && <FollowUpTag summary={document.followUp.summary} />}
        {(document.openThreads ?? 0) > 0 && (
          <span className="tag" data-testid="open-threads">
            {t('comments.openCount', { count: document.openThreads ?? 0 })}
          </span>
        )}
      </th>
      <td>{documentTypeLabel(document.type)}</td>
      <td>{document.bodyName ?? t('documents.noBody')}</td>
      <td>
        <span className={`status status-${document.status === 'utkast' ? 'draft' : 'locked'}`}>{documentStatusLabel(document.status)}</span>
      </td>
      <td>{document.lastEditedBy ? t('documents.lastEditedBy', { date: formatDateTime(edited), name: document.lastEditedBy.name }) : formatDateTime(edited)}</td>
      <td>
        {canManage && mode === 'view' && (
          <div className="row-actions">
            <button type="button" className="button-small" onClick={() => setMode('rename')}>
              {t('documents.rename')}
              <span className="visually-hidden"> {document.title}</span>
            </button>
            {archived ? (
              <button type="button" className="button-small" onClick={() => void change({ archived: false }, (d) => t('documents.unarchive.done', { title: d.title }))}>
                {t('documents.unarchive')}
                <span className="visually-hidden"> {document.title}</span>
              </button>
            ) : (
              <button type="button" className="button-small" onClick={() => setMode('archive')}>
                {t('documents.archive')}
                <span className="visually-hidden"> {document.title}</span>
              </button>
            )}
          </div>
        )}
        {mode === 'rename' && (
          <RenameForm
            title={document.title}
            busy={busy}
            onSave={(title) => void change({ title }, (d) => t('documents.rename.done', { title: d.title }))}
            onCancel={() => setMode('view')}
          />
        )}
        {mode === 'archive' && (
          <ConfirmInline
            question={t('documents.archive.question', { title: document.title })}
            confirmLabel={t('documents.archive')}
            busy={busy}
            onConfirm={() => void change({ archived: true }, (d) => t('documents.archive.done', { title: d.title }))}
            onCancel={() => setMode('view')}
          />
        )}
      </td>
    </tr>
  );
}
