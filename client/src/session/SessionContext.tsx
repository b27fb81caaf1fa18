import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe } from '../api/auth';
import { ApiFailure, messageOf, onSessionEnded } from '../api/http';
import type { Me } from '../api/types';

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

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const reload = useCallback(async (signal?: AbortSignal) => {
    try {
      setState({ status: 'ready', me: await fetchMe(signal) });
    } catch (error) {
      if (signal?.aborted) return;
      // A workshop guest (no member session) is signed out as far as member pages go.
      if (error instanceof ApiFailure && (error.status === 401 || error.code === 'guest_forbidden')) setState({ status: 'ready', me: null });
      else setState({ status: 'failed', message: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  useEffect(() => onSessionEnded(() => setState({ status: 'ready', me: null })), []);

  const session = useMemo<Session>(
    () => ({
      me: state.status === 'ready' ? state.me : null,
      state,
      signedIn: (me) => setState({ status: 'ready', me }),
      signedOut: () => setState({ status: 'ready', me: null }),
      reload: () => reload(),
    }),
    [state, reload],
  );
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
