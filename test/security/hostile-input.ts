/** Hostile values for every kind of field: wrong types, extremes, characters PostgreSQL cannot store, bad dates and ids. */
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  // Numbers past 2^53 are the point of these inputs.
  // biome-ignore lint/correctness/noPrecisionLoss: see above
  99999999999999999999,
  // biome-ignore lint/correctness/noPrecisionLoss: see above
  -99999999999999999999,
  '',
  '   ',
  'x\u0000y',
  'x\ud800',
  '\udc00y',
  'a'.repeat(200_000),
  [],
  ['x', 1],
  {},
  { nested: { deeper: 'x\u0000' } },
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '2026-02-31',
  '99999-01-01',
  '0000-01-01',
  '2026-13-01T25:00:00Z',
  '<script>alert(1)</script>',
  '__proto__',
];

/** Whole bodies that are not the object a route expects. */
export const HOSTILE_RAW_BODIES: readonly string[] = [
  'not json',
  'null',
  '[]',
  '"x"',
  '123',
  '{}',
  '{"a":',
  '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}',
  '"\\u0000"',
  '{"x":"\\ud800"}',
  `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
  `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
];

/** Path segments standing where an id or a number is expected (already URL-encoded). */
export const HOSTILE_SEGMENTS: readonly string[] = [
  'x',
  '99999999999999999999',
  '-1',
  '0',
  '1.5',
  '1e3',
  '%00',
  'x%00',
  '%ED%A0%80',
  '%C0%80',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(3000),
];

/** Query values (already URL-encoded). */
export const HOSTILE_QUERY_VALUES: readonly string[] = ['', 'x', '%00', 'x%00', '%ED%A0%80', '99999999999999999999', '-1', '0', '1e3', 'a'.repeat(3000)];

type Json = unknown;

/** Every body made from `base` by putting each hostile value at each place in it (each leaf and each nested object). */
export function* mutations(base: Json, path: string[] = []): Generator<{ where: string; body: Json }> {
  if (base === null || typeof base !== 'object') return;
  const entries = Array.isArray(base) ? base.map((value, index) => [String(index), value] as const) : Object.entries(base as Record<string, Json>);
  for (const [key, value] of entries) {
    for (const hostile of HOSTILE_VALUES) yield { where: [...path, key].join('.'), body: replaced(base, key, hostile) };
    for (const inner of mutations(value, [...path, key])) yield { where: inner.where, body: replaced(base, key, inner.body) };
  }
  // Each field left out, one at a time.
  for (const [key] of entries) {
    if (Array.isArray(base)) continue;
    const { [key]: _dropped, ...rest } = base as Record<string, Json>;
    yield { where: `${[...path, key].join('.')} (missing)`, body: rest };
  }
}

function replaced(base: Json, key: string, value: Json): Json {
  if (Array.isArray(base)) return base.map((item, index) => (String(index) === key ? value : item));
  return { ...(base as Record<string, Json>), [key]: value };
}

/** A short description of a body for a failure report. */
export function describeBody(body: Json): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
