import { useEffect, useState } from 'react';
import { fetchHiddenCardCounts } from '../../api/workshops';

const POLL_MS = 3000;

/** Hidden cards per group while cards are hidden (polled; the draft rooms are the facilitator's to read, not to keep open). */
export function useHiddenCardCounts(workshopId: string, hidden: boolean): Record<string, number> | null {
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    if (!hidden) return setCounts(null);
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        setCounts(await fetchHiddenCardCounts(workshopId, abort.signal));
      } catch {
        // A failed count keeps the last one; the next poll tries again.
      }
      if (!abort.signal.aborted) timer = setTimeout(() => void load(), POLL_MS);
    };
    void load();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [workshopId, hidden]);
  return counts;
}
