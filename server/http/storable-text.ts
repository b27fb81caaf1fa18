/**
 * Text PostgreSQL cannot keep as given: NUL is refused in text and jsonb, and a lone UTF-16 surrogate is
 * not Unicode at all (postgres.js silently stores U+FFFD instead, jsonb refuses the escape). Refusing
 * both up front keeps what is stored, hashed and audited exactly what the client sent.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what PostgreSQL text cannot store
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/**
 * The top-level fields of a parsed JSON value that hold unstorable text anywhere inside, in keys too
 * ('' for the value itself). Iterative: a deeply nested body cannot exhaust the stack.
 */
export function unstorableFields(value: unknown): string[] {
  const bad = new Set<string>();
  const pending: [unknown, string | null][] = [[value, null]];
  while (pending.length > 0) {
    const [current, field] = pending.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) bad.add(field ?? '');
    } else if (current !== null && typeof current === 'object') {
      for (const [key, inner] of Object.entries(current)) {
        const top = field ?? key;
        if (!isStorableText(key)) bad.add(top);
        pending.push([inner, top]);
      }
    }
  }
  return [...bad];
}
