import type { Context } from 'hono';
import { z } from 'zod';
import { t, type MessageKey } from '../../shared/i18n';
import { sv } from '../../shared/i18n/sv';
import { ApiProblem } from './errors';
import { unstorableFields } from './storable-text';

function fieldLabel(name: string): string {
  const key = `field.${name}`;
  return key in sv ? t(key as MessageKey) : name;
}

const fieldList = (fields: string[]) => fields.map(fieldLabel).join(', ') || '–';

/**
 * Parses a JSON body with a zod schema; bad input becomes a 400 naming the fields in Swedish. Text that
 * cannot be stored as sent (NUL, a lone surrogate) is refused here, for every route at once.
 */
export async function parseJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiProblem(400, 'invalid_json', 'error.invalidJson');
  }
  const unstorable = unstorableFields(body);
  if (unstorable.length > 0) throw new ApiProblem(400, 'invalid_characters', 'error.invalidCharacters', { fields: fieldList(unstorable.filter(Boolean)) });
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')).filter(Boolean))];
  throw new ApiProblem(400, 'invalid_input', 'error.invalidInput', { fields: fieldList(fields) });
}

/** Whether a parsed change set names anything to change (an empty nested object names nothing; a list does). */
function hasChanges(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  return Object.values(value).some(hasChanges);
}

/** A PATCH body: parsed like any other, and refused with 400 when it names nothing to change. */
export async function parseChanges<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const changes = await parseJson(c, schema);
  if (!hasChanges(changes)) throw new ApiProblem(400, 'nothing_to_change', 'error.nothingToChange');
  return changes;
}

/** A UUID path parameter; anything else cannot name a row, so it is a 404 like an unknown id. */
export function uuidParam(c: Context, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!z.uuid().safeParse(value).success) throw new ApiProblem(404, 'not_found', 'error.notFound');
  return value;
}

/** A query string parsed with a zod schema; bad input (text that cannot be stored included) is a 400 naming the parameters. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const query = c.req.query();
  const unstorable = unstorableFields(query);
  if (unstorable.length > 0) throw new ApiProblem(400, 'invalid_characters', 'error.invalidCharacters', { fields: fieldList(unstorable.filter(Boolean)) });
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  throw new ApiProblem(400, 'invalid_input', 'error.invalidInput', { fields: result.error.issues.map((issue) => String(issue.path[0])).join(', ') });
}
