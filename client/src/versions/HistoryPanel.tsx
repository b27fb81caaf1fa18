import { t } from '../../../shared/i18n';
import type { RevisionSummary } from '../../../shared/api/revisions';
import type { VersionSummary } from '../../../shared/api/versions';
import { DiffView } from './DiffView';
import { RevisionItem } from './RevisionItem';
import { VersionItem } from './VersionItem';

interface HistoryPanelProps {
  documentId: string;
  versions: VersionSummary[];
  revisions: RevisionSummary[];
  canRestore: boolean;
}

/** One timeline: fastställda versions with their decisions, and the automatic revisions between them. */
export function HistoryPanel({ documentId, versions, revisions, canRestore }: HistoryPanelProps) {
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">{t('versions.history.heading')}</h2>
      <h3>{t('versions.history.versions')}</h3>
      {versions.length === 0 ? (
        <p>{t('versions.history.noVersions')}</p>
      ) : (
        <ol className="version-list" reversed>
          {[...versions].reverse().map((version) => (
            <VersionItem key={version.number} documentId={documentId} version={version} />
          ))}
        </ol>
      )}
      {versions.length > 0 && <DiffView documentId={documentId} versions={versions} />}
      <h3>{t('versions.history.revisions')}</h3>
      {revisions.length === 0 ? (
        <p>{t('versions.history.noRevisions')}</p>
      ) : (
        <ul className="revision-list">
          {revisions.map((revision) => (
            <RevisionItem key={revision.id} documentId={documentId} revision={revision} canRestore={canRestore} />
          ))}
        </ul>
      )}
    </section>
  );
}
