import type { Health } from '../../../shared/api/health';

/** Read even when it answers 503: the body says why. */
export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  const response = await fetch('/api/health', { signal, headers: { accept: 'application/json' } });
  return (await response.json()) as Health;
}
