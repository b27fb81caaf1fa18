import { useCallback, useEffect, useState } from 'react';
import { fetchDocuments, type DocumentQuery, type DocumentView } from '../api/documents';
import { messageOf } from '../api/http';

/** The document list for a filter, newest change first, kept in step with renames and archiving here. */
export function useDocuments(query: DocumentQuery) {
  const [documents, setDocuments] = useState<DocumentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { bodyId, type, includeArchived } = query;

  useEffect(() => {
    const controller = new AbortController();
    setDocuments(null);
    fetchDocuments({ bodyId, type, includeArchived }, controller.signal).then(
      (list) => {
        setDocuments(list);
        setError(null);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(messageOf(failure));
      },
    );
    return () => controller.abort();
  }, [bodyId, type, includeArchived]);

  const replace = useCallback(
    (changed: DocumentView) =>
      setDocuments((list) => {
        const others = (list ?? []).filter((candidate) => candidate.id !== changed.id);
        const hidden = changed.archivedAt !== null && !includeArchived;
        return hidden ? others : (list ?? []).some((d) => d.id === changed.id) ? (list ?? []).map((d) => (d.id === changed.id ? changed : d)) : [changed, ...others];
      }),
    [includeArchived],
  );

  return { documents, error, replace };
}
