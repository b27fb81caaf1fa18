import { useState } from 'react';
import { t } from '../../../shared/i18n';
import type { DocumentView } from '../../../shared/api/documents';
import { reopenDocument } from '../api/versions';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import { ConfirmInline } from '../components/ConfirmInline';
import { useSubmit } from '../forms/useSubmit';
import { LockedBanner } from './LockedBanner';
import { LockForm } from './LockForm';
import './versions.css';
import type { History } from './useHistory';

interface DocumentVersionsProps {
  document: DocumentView;
  history: History;
  /** The status changed here (locked or reopened): the page reloads the document. */
  onStatusChanged(): void;
}

/** Fastställ / öppna för revidering, and the banner of a fastställd document. */
export function DocumentVersions({ document, history, onStatusChanged }: DocumentVersionsProps) {
  const { versions } = history;
  const [action, setAction] = useState<'lock' | 'reopen' | null>(null);
  const { error, run } = useSubmit();
  const [status, setStatus] = useState<string | null>(null);
  const locked = document.status === 'fastställd';
  const latest = versions.at(-1);

  const reopen = () =>
    void run(async () => {
      await reopenDocument(document.id);
      setAction(null);
      setStatus(t('versions.reopen.done'));
      onStatusChanged();
    });

  return (
    <div className="document-versions">
      {locked && latest && <LockedBanner version={latest} />}
      <div className="actions">
        {!locked && document.permissions.includes('document.lock') && action === null && (
          <button type="button" className="button-primary" onClick={() => setAction('lock')}>
            {t('versions.lock.open')}
          </button>
        )}
        {locked && document.permissions.includes('document.reopen') && action === null && (
          <button type="button" onClick={() => setAction('reopen')}>
            {t('versions.reopen')}
          </button>
        )}
      </div>
      {action === 'lock' && (
        <LockForm
          documentId={document.id}
          defaultBody={document.bodyName ?? ''}
          onCancel={() => setAction(null)}
          onLocked={(version) => {
            setAction(null);
            setStatus(t('versions.lock.done', { number: version.number }));
            onStatusChanged();
          }}
        />
      )}
      {action === 'reopen' && (
        <ConfirmInline question={t('versions.reopen.confirm')} confirmLabel={t('versions.reopen')} onConfirm={reopen} onCancel={() => setAction(null)} />
      )}
      <ErrorAlert message={error} />
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}
