import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/http';
import { fetchWorkshops } from '../../api/workshops';
import type { WorkshopView } from '../../../../shared/api/workshops';
import { queryClient } from '../../query/query-client';
import { queryKeys } from '../../query/query-keys';

/** The organisation's workshops, earliest date first. */
export function useWorkshops() {
  const { data, error } = useQuery({ queryKey: queryKeys.workshops, queryFn: ({ signal }) => fetchWorkshops(signal), select: sorted });
  return { workshops: data ?? null, error: error ? messageOf(error) : null };
}

/** A workshop created here takes its place in every list at once. */
export const workshopAdded = (created: WorkshopView) =>
  queryClient.setQueryData<WorkshopView[]>(queryKeys.workshops, (list) => [...(list ?? []).filter((w) => w.id !== created.id), created]);

const sorted = (list: WorkshopView[]) => [...list].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'sv'));
