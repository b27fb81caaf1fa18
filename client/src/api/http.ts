import type { z } from 'zod';
import type { JsonStatus, RequestBody, ResponseBody, RouteContract } from '../../../shared/api/contract';
import { t } from '../../../shared/i18n';

/** A refused or failed API call: the server's code, and its Swedish message to show as it is. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

type Listener = () => void;
const sessionEndedListeners = new Set<Listener>();

/** Called whenever the server says the session is gone (expired, logged out elsewhere, deactivated). */
export function onSessionEnded(listener: Listener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** Calls /api on our own origin (so writes pass the server's same-origin check) and returns the JSON. */
async function api<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      signal,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiFailure(0, 'network', t('app.serverUnreachable'));
  }
  if (response.status === 204) return undefined as T;
  const data = await readJson(response);
  if (response.ok) return data as T;

  const error = (data as ErrorBody | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : 'unknown';
  const message = typeof error?.message === 'string' ? error.message : t('error.internal');
  const retryAfter = Number(response.headers.get('retry-after'));
  if (response.status === 401 && code === 'unauthenticated') for (const listener of sessionEndedListeners) listener();
  throw new ApiFailure(response.status, code, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
}

/** The message to show for anything a call may throw. */
export function messageOf(error: unknown): string {
  return error instanceof ApiFailure ? error.message : t('error.internal');
}

/** The HTTP status a failed call ended with (404, 403, 429 …), or null when the server was not reached. */
export function statusOf(error: unknown): number | null {
  return error instanceof ApiFailure && error.status !== 0 ? error.status : null;
}

/** A route's path as the client writes it: each `:param` filled in, perhaps a query after it. */
type FilledPath<P extends string> = P extends `${infer Head}:${string}/${infer Tail}` ? `${Head}${string}/${FilledPath<Tail>}` : P extends `${infer Head}:${string}` ? `${Head}${string}` : P;

type CallOptions<R extends RouteContract> = { signal?: AbortSignal } & (R['method'] extends 'get' ? { method?: 'GET' } : { method: Uppercase<R['method']> }) &
  (R['body'] extends z.ZodType ? { body: RequestBody<R> } : { body?: never });

/** What a route answers with: its JSON, or nothing for a 204. */
type Answer<R extends RouteContract> = [JsonStatus<R>] extends [never] ? undefined : ResponseBody<R>;

/**
 * Calls the route `R` of the API contract (shared/api): tsc checks the path, method and body against
 * it and types the answer. Only the contract's types reach the client, not its schemas.
 */
export const call = <R extends RouteContract>(
  path: FilledPath<R['path']> | `${FilledPath<R['path']>}?${string}`,
  ...[options]: R['method'] extends 'get' ? [options?: CallOptions<R>] : [options: CallOptions<R>]
): Promise<Answer<R>> => api<Answer<R>>(path, options as RequestOptions | undefined);
