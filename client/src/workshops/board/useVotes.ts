import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../api/http';
import { castVote, fetchMyVotes, withdrawVote, type MyVotes } from '../../api/workshops';

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
  const [mine, setMine] = useState<MyVotes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    fetchMyVotes(workshopId, controller.signal).then(setMine, (failure: unknown) => {
      if (!controller.signal.aborted) setError(messageOf(failure));
    });
    return () => controller.abort();
  }, [workshopId, open, phaseId]);

  const run = useCallback(async (call: () => Promise<MyVotes>) => {
    setBusy(true);
    setError(null);
    try {
      setMine(await call());
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    open,
    mine,
    error,
    busy,
    countOn: (cardId) => mine?.votes.filter((vote) => vote.cardId === cardId).length ?? 0,
    cast: (cardId) => void run(() => castVote(workshopId, cardId).then((result) => result.mine)),
    withdraw: (cardId) => {
      const vote = mine?.votes.findLast((candidate) => candidate.cardId === cardId);
      if (vote) void run(() => withdrawVote(workshopId, vote.id));
    },
  };
}
