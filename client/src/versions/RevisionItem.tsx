import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { messageOf } from '../api/http';
import { restoreRevision, type RevisionSummary } from '../api/versions';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import { ConfirmInline } from '../components/ConfirmInline';
import { formatDateTime } from './format';

/** One automatic revision; those who may edit can put its content back as a new change. */
export function RevisionItem({ documentId, revision, canRestore }: { documentId: string; revision: RevisionSummary; canRestore: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = formatDateTime(revision.createdAt);

  async function restore() {
    setBusy(true);
    setError(null);
    try {
      await restoreRevision(documentId, revision.id);
      setDone(true);
      setConfirming(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="revision-item">
      <p>{t('versions.history.revision', { date })}</p>
      {revision.editors.length > 0 && <p>{t('versions.history.editors', { names: revision.editors.map((e) => e.name).join(', ') })}</p>}
      {canRestore && !confirming && (
        <button type="button" aria-label={t('versions.history.restoreLabel', { date })} onClick={() => setConfirming(true)}>
          {t('versions.history.restore')}
        </button>
      )}
      {confirming && (
        <ConfirmInline
          question={t('versions.history.restoreConfirm', { date })}
          confirmLabel={t('versions.history.restore')}
          busy={busy}
          onConfirm={restore}
          onCancel={() => setConfirming(false)}
        />
      )}
      <ErrorAlert message={error} />
      <StatusMessage>{done ? t('versions.history.restored') : null}</StatusMessage>
    </li>
  );
}
