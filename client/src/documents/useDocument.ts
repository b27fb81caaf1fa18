import { useCallback, useEffect, useState } from 'react';
import { fetchDocument, type DocumentView } from '../api/documents';
import { messageOf } from '../api/http';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string; code: number };

/**
 * One document's metadata (title, type, status, this user's rights). `reload` fetches it again in
 * place (after a lock or a reopening), keeping the page mounted while it does.
 */
export function useDocument(id: string): { loaded: Loaded<DocumentView>; reload(): void } {
  const [state, setState] = useState<Loaded<DocumentView>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    if (generation === 0) setState({ status: 'loading' });
    fetchDocument(id, controller.signal).then(
      (value) => setState({ status: 'ready', value }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const code = (error as { status?: number }).status ?? 0;
        setState({ status: 'failed', message: messageOf(error), code });
      },
    );
    return () => controller.abort();
  }, [id, generation]);
  const reload = useCallback(() => setGeneration((current) => current + 1), []);
  return { loaded: state, reload };
}
