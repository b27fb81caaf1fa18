export type Health = { ok: true; db: 'pglite' | 'postgres' } | { ok: false; db: 'pglite' | 'postgres'; message: string };

export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  const response = await fetch('/api/health', { signal, headers: { accept: 'application/json' } });
  return (await response.json()) as Health;
}
