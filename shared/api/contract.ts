/**
 * The HTTP API's contract, written once: each route's method, path, parameters, request body and
 * responses as zod schemas. The server validates requests and types its responses with them, the client
 * takes its types from them, and GET /api/openapi.json is generated from them (./openapi-document.ts).
 * A response schema describes the JSON on the wire (dates as ISO strings), so its input and output agree.
 */
import type { z } from 'zod';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: no one needs to be signed in; a member's session; a member or a workshop guest. */
type RouteAuth = 'none' | 'member' | 'member-or-guest';

/** A response that is a file to save (export, CSV), not JSON. */
export interface FileResponse {
  file: string;
}

/** A JSON schema, a file, or `null` for a response without a body (204). */
export type ResponseSpec = z.ZodType | FileResponse | null;

export interface RouteContract {
  method: Method;
  /** Under /api, in Hono's syntax (`/documents/:id`). */
  path: `/${string}`;
  summary: string;
  auth: RouteAuth;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success statuses; every route may also answer an error (./errors.ts). */
  responses: Record<number, ResponseSpec>;
}

/** Declares a route; `const` keeps the path and statuses literal, so Hono still types the path's params. */
export const route = <const R extends RouteContract>(contract: R): R => contract;

/** What the client sends as a route's body (before defaults and trimming). */
export type RequestBody<R extends RouteContract> = R['body'] extends z.ZodType ? z.input<R['body']> : never;

/** What a route's handler gets once the body is parsed. */
export type ParsedBody<R extends RouteContract> = R['body'] extends z.ZodType ? z.output<R['body']> : never;

/** The statuses of a route that answer with JSON. */
export type JsonStatus<R extends RouteContract> = {
  [S in keyof R['responses']]: R['responses'][S] extends z.ZodType ? S : never;
}[keyof R['responses']] &
  number;

/** The JSON a route answers with (for `status`, by default every JSON success status). */
export type ResponseBody<R extends RouteContract, S extends JsonStatus<R> = JsonStatus<R>> = R['responses'][S] extends z.ZodType ? z.output<R['responses'][S]> : never;

/**
 * A schema for a shape the domain already names as a type (a room's content, a stored setting): tsc
 * fails unless the schema's output is exactly `T`, so the two cannot drift apart.
 */
export const mirrors =
  <T>() =>
  <S extends z.ZodType>(schema: S & (Exactly<z.output<S>, T> extends true ? unknown : { mismatch: [schema: z.output<S>, type: T] })): S =>
    schema;

/** Each assignable to the other: the same fields, with the same types and optionality. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
