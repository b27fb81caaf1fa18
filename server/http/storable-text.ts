import { isStorableText } from '../../shared/text/unstorable';

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
