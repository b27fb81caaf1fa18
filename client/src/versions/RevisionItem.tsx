import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { restoreRevision } from '../api/versions';
import type { RevisionSummary } from '../../../shared/api/revisions';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import { ConfirmInline } from '../components/ConfirmInline';
import { useSubmit } from '../forms/useSubmit';
import { formatDateTime } from './format';

/** One automatic revision; those who may edit can put its content back as a new change. */
export function RevisionItem({ documentId, revision, canRestore }: { documentId: string; revision: RevisionSummary; canRestore: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState(false);
  const date = formatDateTime(revision.createdAt);

  const restore = () =>
    void run(async () => {
      await restoreRevision(documentId, revision.id);
      setDone(true);
      setConfirming(false);
    });

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
