/**
 * Plain JSON out of anything a Yjs attribute or format may hold: an editor can send any value over the
 * socket (numbers, nested objects, binary, sub-documents, Y types), and every version, diff and export
 * must read it the same way. Non-JSON values are dropped; keys are own properties only, so a key such as
 * `__proto__` stays data and never reaches a prototype.
 */
const MAX_VALUE_DEPTH = 16;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  // lib0 decodes objects with `obj[key] = …`, so a "__proto__" key replaces the prototype with another
  // plain object; class instances (Y types, sub-documents) are never plain.
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === Object.prototype;
}

function jsonValue(value: unknown, depth = 0): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (depth >= MAX_VALUE_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((item) => jsonValue(item, depth + 1) ?? null);
  if (isJsonObject(value)) return jsonObject(value, depth);
  return undefined;
}

export function jsonObject(value: Record<string, unknown>, depth = 0): { [key: string]: JsonValue } {
  const entries: Array<[string, JsonValue]> = [];
  for (const [key, item] of Object.entries(value)) {
    const json = jsonValue(item, depth + 1);
    if (json !== undefined) entries.push([key, json]);
  }
  // fromEntries defines own properties: a "__proto__" entry stays an ordinary key.
  return Object.fromEntries(entries);
}
