/**
 * Values as PostgreSQL stores them: text and jsonb hold no NUL character and no lone UTF-16 surrogate
 * (a driver turns one into U+FFFD on the way, or the insert fails). A version is normalised with this
 * before it is hashed, so the stored row is exactly what was hashed; both become U+FFFD, visibly.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what PostgreSQL text cannot store
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\ufffd');
}

/** A JSON-like value with every string and every object key made storable. */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(storable) as T;
  // fromEntries defines own properties: a "__proto__" key stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storable(item)])) as T;
}
