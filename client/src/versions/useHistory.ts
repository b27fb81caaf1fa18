import { useQuery } from '@tanstack/react-query';
import { fetchRevisions, fetchVersions } from '../api/versions';
import type { RevisionSummary } from '../../../shared/api/revisions';
import type { VersionSummary } from '../../../shared/api/versions';
import { queryKeys } from '../query/query-keys';
import { useRefetchOnChange } from '../query/useRefetchOnChange';

export interface History {
  versions: VersionSummary[];
  revisions: RevisionSummary[];
}

const NONE: History = { versions: [], revisions: [] };

async function fetchHistory(documentId: string): Promise<History> {
  const [versions, revisions] = await Promise.all([fetchVersions(documentId), fetchRevisions(documentId)]);
  return { versions, revisions };
}

/** A document's versions and revisions, fetched again whenever `refreshKey` changes (lock, reopen, restore). */
export function useHistory(documentId: string, refreshKey: unknown): History {
  const { data, refetch } = useQuery({ queryKey: queryKeys.history(documentId), queryFn: () => fetchHistory(documentId) });
  useRefetchOnChange(refetch, refreshKey);
  return data ?? NONE;
}
