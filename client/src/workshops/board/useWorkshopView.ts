import { useEffect, useState } from 'react';
import { messageOf } from '../../api/http';
import { fetchWorkshop, type WorkshopView } from '../../api/workshops';

type Loaded = { status: 'loading' } | { status: 'ready'; workshop: WorkshopView } | { status: 'failed'; message: string };

/**
 * The workshop as the server presents it to this caller (member or guest), fetched again whenever
 * `refreshKey` changes: a facilitator's control change may come with a new group or new phases.
 */
export function useWorkshopView(id: string, refreshKey: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetchWorkshop(id, controller.signal).then(
      (workshop) => setLoaded({ status: 'ready', workshop }),
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        // Keep showing what was loaded: a failed refresh is not worth hiding the board for.
        setLoaded((current) => (current.status === 'ready' ? current : { status: 'failed', message: messageOf(failure) }));
      },
    );
    return () => controller.abort();
  }, [id, refreshKey]);
  return loaded;
}
