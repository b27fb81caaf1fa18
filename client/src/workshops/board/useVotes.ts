import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/http';
import { castVote, fetchMyVotes, withdrawVote } from '../../api/workshops';
import type { MyVotes } from '../../../../shared/api/workshops';
import { queryClient } from '../../query/query-client';
import { queryKeys } from '../../query/query-keys';
import { useRefetchOnChange } from '../../query/useRefetchOnChange';
import { useSubmit } from '../../forms/useSubmit';

export interface Votes {
  /** Voting is open in the current phase. */
  open: boolean;
  mine: MyVotes | null;
  error: string | null;
  busy: boolean;
  countOn(cardId: string): number;
  cast(cardId: string): void;
  withdraw(cardId: string): void;
}

/** The participant's own votes (the server keeps the limits; errors are shown as it words them). */
export function useVotes(workshopId: string, open: boolean, phaseId: string | null): Votes {
  const key = queryKeys.myVotes(workshopId);
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchMyVotes(workshopId, signal), enabled: open });
  // A new phase may bring a new voting round: ask again.
  useRefetchOnChange(() => open && query.refetch(), phaseId);
  const { busy, error, run } = useSubmit();
  const mine = query.data ?? null;

  const send = (call: () => Promise<MyVotes>) => void run(async () => queryClient.setQueryData(key, await call()));

  return {
    open,
    mine,
    error: error ?? (query.error ? messageOf(query.error) : null),
    busy,
    countOn: (cardId) => mine?.votes.filter((vote) => vote.cardId === cardId).length ?? 0,
    cast: (cardId) => send(() => castVote(workshopId, cardId).then((result) => result.mine)),
    withdraw: (cardId) => {
      const vote = mine?.votes.findLast((candidate) => candidate.cardId === cardId);
      if (vote) send(() => withdrawVote(workshopId, vote.id));
    },
  };
}
