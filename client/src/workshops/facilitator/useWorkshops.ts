import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../api/http';
import { fetchWorkshops, type WorkshopView } from '../../api/workshops';

/** The organisation's workshops, earliest date first; `add` puts a new one in its place. */
export function useWorkshops() {
  const [workshops, setWorkshops] = useState<WorkshopView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchWorkshops(controller.signal).then(
      (list) => setWorkshops(sorted(list)),
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(messageOf(failure));
      },
    );
    return () => controller.abort();
  }, []);
  const add = useCallback((created: WorkshopView) => setWorkshops((list) => sorted([...(list ?? []).filter((w) => w.id !== created.id), created])), []);
  return { workshops, error, add };
}

const sorted = (list: WorkshopView[]) => [...list].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'sv'));
