import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { fetchMe } from '../api/auth';
import { ApiFailure, messageOf, onSessionEnded } from '../api/http';
import type { Me } from '../../../shared/api/me';
import { forgetAccountData, queryClient } from '../query/query-client';
import { queryKeys } from '../query/query-keys';

type SessionState = { status: 'loading' } | { status: 'ready'; me: Me | null } | { status: 'failed'; message: string };

interface Session {
  /** The signed-in user, or null when signed out (or still loading). */
  me: Me | null;
  state: SessionState;
  signedIn(me: Me): void;
  signedOut(): void;
  /** Reloads /api/me, e.g. after an admin changed their own role or the organisation's settings. */
  reload(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in; a workshop guest (no member session) is signed out as far as member pages go. */
async function fetchSession(signal: AbortSignal): Promise<Me | null> {
  try {
    return await fetchMe(signal);
  } catch (error) {
    if (error instanceof ApiFailure && (error.status === 401 || error.code === 'guest_forbidden')) return null;
    throw error;
  }
}

/** The account from now on; if it is another one (or none), what the last one was shown is forgotten first. */
function setAccount(me: Me | null): void {
  const before = queryClient.getQueryData<Me | null>(queryKeys.me);
  if ((before?.user.id ?? null) !== (me?.user.id ?? null)) forgetAccountData();
  queryClient.setQueryData(queryKeys.me, me);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, error, status, refetch } = useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => fetchSession(signal) });

  useEffect(() => onSessionEnded(() => setAccount(null)), []);

  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const session = useMemo<Session>(() => {
    const state: SessionState =
      status === 'error' ? { status: 'failed', message: messageOf(error) } : status === 'pending' ? { status: 'loading' } : { status: 'ready', me: data };
    return {
      me: state.status === 'ready' ? state.me : null,
      state,
      signedIn: (me) => setAccount(me),
      signedOut: () => setAccount(null),
      reload,
    };
  }, [status, data, error, reload]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

/** The signed-in user, for pages the router shows only when someone is signed in. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe() on a page shown while signed out');
  return me;
}
