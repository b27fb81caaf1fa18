import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DomainError, DomainErrorKind } from '../domain/domain-error';
import { ApiProblem } from './errors';

/** The one table from what went wrong in the domain to the HTTP status that says so. */
const statusOfKind: Record<DomainErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  unprocessable: 422,
  too_many: 429,
  upstream: 502,
};

/** A command's refusal as the API answers it: same code and message, its status, and when to retry. */
export function problemOf(error: DomainError): ApiProblem {
  const headers: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
  return new ApiProblem(statusOfKind[error.kind], error.code, error.messageKey, error.params, headers);
}
