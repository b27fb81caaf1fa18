import { useEffect } from 'react';
import { navigate } from './history';

/** Replaces the current history entry, so Back does not return to a page that only redirects. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
