import { useCallback, useState } from 'react';
import { messageOf } from '../api/http';

interface Submit {
  /** A task is running: the button says so (and a form that must not send twice checks it). */
  busy: boolean;
  /** What the last task's failure said (the server's Swedish message), or a message set by the form. */
  error: string | null;
  setError(message: string | null): void;
  /**
   * Runs one task: busy while it runs, the previous error cleared. A failure becomes `error` unless
   * `onFailure` handles it (e.g. a message next to its field). Resolves whether the task succeeded.
   */
  run(task: () => Promise<unknown>, onFailure?: (failure: unknown) => void): Promise<boolean>;
}

/** The one way a form or button sends a change: busy, error and the server's message in one place. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (task: () => Promise<unknown>, onFailure?: (failure: unknown) => void) => {
    setBusy(true);
    setError(null);
    try {
      await task();
      return true;
    } catch (failure) {
      if (onFailure) onFailure(failure);
      else setError(messageOf(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
