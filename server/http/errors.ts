import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { t, type MessageKey, type MessageParams } from '../../shared/i18n';
import type { AppEnv } from './env';

/** The one shape of an API error: a stable code for programs and a Swedish message for people. */
export interface ApiError {
  error: { code: string; message: string };
}

export function apiError(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: string,
  messageKey: MessageKey,
  params?: MessageParams,
) {
  return c.json<ApiError>({ error: { code, message: t(messageKey, params) } }, status);
}
