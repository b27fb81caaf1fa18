import { useEffect, useRef } from 'react';

/**
 * Fetches a query again when `changed` changes: for resources that something outside HTTP says are
 * out of date (a live room's phase, a lock). Not on mount: the query fetches then anyway. The data
 * already shown stays while it does.
 */
export function useRefetchOnChange(refetch: () => unknown, changed: unknown): void {
  const last = useRef(changed);
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (Object.is(last.current, changed)) return;
    last.current = changed;
    void latest.current();
  }, [changed]);
}
