/**
 * Text PostgreSQL cannot keep as given: NUL is refused in text and jsonb, and a lone UTF-16 surrogate is
 * not Unicode at all (postgres.js silently stores U+FFFD instead, jsonb refuses the escape). The API
 * refuses such input (server/http/storable-text.ts); a version is normalised before it is hashed
 * (server/versions/storable.ts), so what is stored is exactly what was hashed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what PostgreSQL text cannot store
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function isStorableText(text: string): boolean {
  UNSTORABLE.lastIndex = 0;
  return !UNSTORABLE.test(text);
}

/** The text with every unstorable character replaced by U+FFFD, visibly. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\ufffd');
}
