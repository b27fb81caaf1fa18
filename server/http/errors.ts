import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { errorBody } from '../../shared/api/errors';
import { t, type MessageKey, type MessageParams } from '../../shared/i18n';

/** The one shape of an API error: a stable code for programs and a Swedish message for people. */
export type ApiError = z.infer<typeof errorBody>;

export function apiError(c: Context, status: ContentfulStatusCode, code: string, messageKey: MessageKey, params?: MessageParams) {
  return c.json<ApiError>({ error: { code, message: t(messageKey, params) } }, status);
}

/** Thrown by routes, guards and middleware; the app turns it into an `ApiError` response. Commands throw `DomainError`. */
export class ApiProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params?: MessageParams,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiProblem';
  }
}

export function problemResponse(c: Context, problem: ApiProblem) {
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  return apiError(c, problem.status, problem.code, problem.messageKey, problem.params);
}
