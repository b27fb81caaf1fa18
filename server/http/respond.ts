import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { JsonStatus, RouteContract } from '../../shared/api/contract';

/**
 * What a handler may pass for a declared JSON shape: the same, except that a Date may stand where a
 * string is declared (JSON carries it as its ISO string) and arrays may be readonly.
 */
type Sendable<T> = T extends string
  ? T | Date
  : T extends ReadonlyArray<infer Item>
    ? ReadonlyArray<Sendable<Item>>
    : T extends object
      ? { [K in keyof T]: Sendable<T[K]> }
      : T;

type Declared<R extends RouteContract, S extends JsonStatus<R>> = R['responses'][S] extends z.ZodType ? z.input<R['responses'][S]> : never;

/** Answers with JSON of the shape the route's contract declares for `status`; any other shape fails tsc. */
export function respond<R extends RouteContract, S extends JsonStatus<R>>(c: Context, _route: R, status: S, body: Sendable<Declared<R, S>>): Response {
  return c.json(body as object, status as ContentfulStatusCode);
}
