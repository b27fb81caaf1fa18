import { useQuery } from '@tanstack/react-query';
import { fetchGoal, fetchGoals } from '../api/goals';
import { queryKeys } from '../query/query-keys';

/**
 * The register follows every live document within about a second; while a page that shows it is in
 * view it asks again every few seconds, so goals written elsewhere (another nämnd's document) appear.
 */
const LIVE = { refetchInterval: 4000, refetchIntervalInBackground: false } as const;

/** Every goal of the kommun the user may read. */
export const useRegisterGoals = () => useQuery({ queryKey: queryKeys.goals, queryFn: ({ signal }) => fetchGoals(signal), ...LIVE });

/** One goal with its parent, the goals that contribute to it and its assessments. */
export const useRegisterGoal = (id: string) => useQuery({ queryKey: queryKeys.goal(id), queryFn: ({ signal }) => fetchGoal(id, signal), ...LIVE, retry: false });
