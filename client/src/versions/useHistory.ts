import { useEffect, useState } from 'react';
import { fetchRevisions, fetchVersions, type RevisionSummary, type VersionSummary } from '../api/versions';

export interface History {
  versions: VersionSummary[];
  revisions: RevisionSummary[];
}

/** A document's versions and revisions, fetched again whenever `refreshKey` changes (lock, reopen, restore). */
export function useHistory(documentId: string, refreshKey: unknown) {
  const [history, setHistory] = useState<History>({ versions: [], revisions: [] });
  useEffect(() => {
    let current = true;
    Promise.all([fetchVersions(documentId), fetchRevisions(documentId)]).then(
      ([versions, revisions]) => current && setHistory({ versions, revisions }),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [documentId, refreshKey]);
  return history;
}
