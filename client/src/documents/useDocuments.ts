import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchDocuments, type DocumentQuery } from '../api/documents';
import type { DocumentView } from '../../../shared/api/documents';
import { messageOf } from '../api/http';
import { queryClient } from '../query/query-client';
import { queryKeys } from '../query/query-keys';

/** The document list for a filter, newest change first, kept in step with renames and archiving here. */
export function useDocuments(query: DocumentQuery) {
  const { bodyId, type, includeArchived } = query;
  const key = queryKeys.documents({ bodyId, type, includeArchived });
  const { data, error } = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchDocuments({ bodyId, type, includeArchived }, signal) });

  const replace = useCallback(
    (changed: DocumentView) =>
      queryClient.setQueryData<DocumentView[]>(queryKeys.documents({ bodyId, type, includeArchived }), (list) => {
        const others = (list ?? []).filter((candidate) => candidate.id !== changed.id);
        const hidden = changed.archivedAt !== null && !includeArchived;
        return hidden ? others : (list ?? []).some((d) => d.id === changed.id) ? (list ?? []).map((d) => (d.id === changed.id ? changed : d)) : [changed, ...others];
      }),
    [bodyId, type, includeArchived],
  );

  return { documents: data ?? null, error: error ? messageOf(error) : null, replace };
}
