import { useQuery } from '@tanstack/react-query';
import { fetchMentions } from '../api/comments';
import { queryClient } from '../query/query-client';
import { queryKeys } from '../query/query-keys';
import { useRefetchOnChange } from '../query/useRefetchOnChange';
import { usePathname } from '../router/history';

/**
 * Fetches the signed-in user's mentions: on every page change, and whenever the server says they changed
 * (the inbox room, InboxListener); every five minutes as well, for a network that blocks the live socket.
 */
export const useMentions = (enabled = true) =>
  useQuery({ queryKey: queryKeys.mentions, queryFn: ({ signal }) => fetchMentions(signal), enabled, refetchInterval: enabled ? 300_000 : false });

/** Tell every screen showing mentions (the header's count too) that they changed. */
export const mentionsChanged = () => void queryClient.invalidateQueries({ queryKey: queryKeys.mentions });

/** How many mentions of the signed-in user are unread. */
export function useUnreadMentions(enabled: boolean): number {
  const pathname = usePathname();
  const { data, refetch } = useMentions(enabled);
  useRefetchOnChange(() => enabled && refetch(), pathname);
  return enabled ? (data?.filter((mention) => mention.readAt === null).length ?? 0) : 0;
}
