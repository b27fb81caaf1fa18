import type { Context } from 'hono';
import { z } from 'zod';
import { t, type MessageKey } from '../../shared/i18n';
import { sv } from '../../shared/i18n/sv';
import { ApiProblem } from './errors';

function fieldLabel(name: string): string {
  const key = `field.${name}`;
  return key in sv ? t(key as MessageKey) : name;
}

/** Parses a JSON body with a zod schema; bad input becomes a 400 naming the fields in Swedish. */
export async function parseJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiProblem(400, 'invalid_json', 'error.invalidJson');
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')).filter(Boolean))];
  throw new ApiProblem(400, 'invalid_input', 'error.invalidInput', { fields: fields.map(fieldLabel).join(', ') || '–' });
}

/** A UUID path parameter; anything else cannot name a row, so it is a 404 like an unknown id. */
export function uuidParam(c: Context, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!z.uuid().safeParse(value).success) throw new ApiProblem(404, 'not_found', 'error.notFound');
  return value;
}
