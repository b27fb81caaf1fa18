/**
 * The stable key a new level or follow-up period gets from the name it is first given. Stored goals and
 * assessments name it by this key, so it is made once and never follows a later rename.
 */
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u' };
const MAX_KEY_LENGTH = 40;

export function keyFromName(name: string, taken: Iterable<string>, fallback: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[åäöéèü]/g, (letter) => FOLD[letter]!)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_KEY_LENGTH - 3)
      .replace(/-+$/, '') || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let number = 2;
  while (used.has(`${base}-${number}`)) number++;
  return `${base}-${number}`;
}
