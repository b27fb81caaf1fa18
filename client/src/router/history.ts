import { useSyncExternalStore } from 'react';

/** The current location as the app sees it: path and query, from the History API. */
type Listener = () => void;
const listeners = new Set<Listener>();
let navigations = 0;

function notify(): void {
  navigations += 1;
  for (const listener of listeners) listener();
}

/** Grows with every navigation (links, redirects, Back/Forward): tells pages apart from the one loaded first. */
export const navigationCount = () => navigations;

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

const currentPath = () => window.location.pathname;
const currentSearch = () => window.location.search;

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function useSearchParam(name: string): string | null {
  const search = useSyncExternalStore(subscribe, currentSearch);
  return new URLSearchParams(search).get(name);
}

/** Only our own paths are followed after login (never `//evil.example` or a full URL). */
export function safeInternalPath(path: string | null): string | null {
  if (!path?.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return null;
  return path;
}
