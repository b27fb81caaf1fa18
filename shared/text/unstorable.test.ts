import { describe, expect, it } from 'vitest';
import { isStorableText, storableText } from './unstorable';

describe('text PostgreSQL can store', () => {
  it('tells NUL and lone surrogates apart from real text, pairs and emoji included', () => {
    for (const good of ['', 'åäö', 'Mål 🎯', '\ud83c\udfaf']) expect(isStorableText(good)).toBe(true);
    for (const bad of ['x\u0000y', 'x\ud800', '\udc00x']) expect(isStorableText(bad)).toBe(false);
    // The same answer twice in a row: the pattern keeps no state between calls.
    expect([isStorableText('x\ud800'), isStorableText('x\ud800')]).toEqual([false, false]);
  });

  it('replaces what it cannot store with U+FFFD, and nothing else', () => {
    expect(storableText('a\u0000b\ud800c🎯')).toBe('a\ufffdb\ufffdc🎯');
  });
});
