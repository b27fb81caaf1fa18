import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of what the server said (TanStack Query). Every read goes through a query named by
 * `queryKeys`; a change made here updates or invalidates that key, and every screen showing it follows.
 * No retries and no refetch on window focus: a failure is shown at once, in the server's words, as
 * before, and nothing is fetched that the page did not ask for.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
  },
});

const NOT_ACCOUNT_DATA = new Set<unknown>(['me', 'health']);

/** Someone else may sign in next in this tab: nothing the last account was shown may be shown to them. */
export function forgetAccountData(): void {
  queryClient.removeQueries({ predicate: (query) => !NOT_ACCOUNT_DATA.has(query.queryKey[0]) });
}
