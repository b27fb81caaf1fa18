import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

type Schema = typeof schema;
/** One drizzle type for both drivers, so queries never know which database they run on. */
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;
type DriverName = 'pglite' | 'postgres';

export interface Database {
  readonly db: AppDb;
  readonly driver: DriverName;
  /** Resolves when the database answers a trivial query within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>;
  /** Applies pending migrations from migrations/ (safe to call again; safe with several servers). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `db.execute` returns `{ rows }` on PGlite but an array on postgres.js; read both the same way. */
export function resultRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
