/**
 * Values as PostgreSQL stores them (shared/text/unstorable.ts): a version is normalised with this before
 * it is hashed, so the stored row is exactly what was hashed.
 */
import { storableText } from './unstorable';

/** A JSON-like value with every string and every object key made storable. */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(storable) as T;
  // fromEntries defines own properties: a "__proto__" key stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storable(item)])) as T;
}
