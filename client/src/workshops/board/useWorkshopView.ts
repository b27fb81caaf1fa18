import { useQuery } from '@tanstack/react-query';
import { fetchWorkshop } from '../../api/workshops';
import { queryKeys } from '../../query/query-keys';
import { useRefetchOnChange } from '../../query/useRefetchOnChange';

/**
 * The workshop as the server presents it to this caller (member or guest), fetched again whenever
 * `refreshKey` changes: a facilitator's control change may come with a new group or new phases. What
 * was loaded stays shown when a refresh fails: that is not worth hiding the board for.
 */
export function useWorkshopView(id: string, refreshKey: string) {
  const query = useQuery({ queryKey: queryKeys.workshop(id), queryFn: ({ signal }) => fetchWorkshop(id, signal) });
  useRefetchOnChange(query.refetch, refreshKey);
  return query;
}
