import { useQuery } from '@tanstack/react-query';
import { fetchHiddenCardCounts } from '../../api/workshops';
import { queryKeys } from '../../query/query-keys';

const POLL_MS = 3000;

/**
 * Hidden cards per group while cards are hidden (polled; the draft rooms are the facilitator's to read,
 * not to keep open). A failed count keeps the last one; the next poll tries again.
 */
export function useHiddenCardCounts(workshopId: string, hidden: boolean): Record<string, number> | null {
  const { data } = useQuery({
    queryKey: queryKeys.hiddenCards(workshopId),
    queryFn: ({ signal }) => fetchHiddenCardCounts(workshopId, signal),
    enabled: hidden,
    refetchInterval: POLL_MS,
  });
  return hidden ? (data ?? null) : null;
}
