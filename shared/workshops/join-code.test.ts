import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, joinCodeProblem, normaliseJoinCode } from './join-code';

describe('join codes', () => {
  it('are 8 characters without look-alikes, and differ from one another', () => {
    const codes = Array.from({ length: 500 }, () => generateJoinCode((count) => randomBytes(count)));
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]+$/);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('skips bytes that would bias the choice', () => {
    // 248 and above are rejected (256 - 256 % 31): a source of only those would never give a character.
    let calls = 0;
    const code = generateJoinCode((count) => {
      calls += 1;
      return new Uint8Array(count).fill(calls === 1 ? 250 : 0);
    });
    expect(code).toBe('22222222');
    expect(calls).toBe(2);
  });

  it('reads what a person typed: lower case, spaces and dashes are forgiven; anything else is not a code', () => {
    expect(normaliseJoinCode('abcd efgh')).toBe('ABCDEFGH');
    expect(normaliseJoinCode(' ABCD-EFGH ')).toBe('ABCDEFGH');
    expect(normaliseJoinCode('ABCDEFG')).toBeNull();
    expect(normaliseJoinCode('ABCDEFG0')).toBeNull();
    expect(normaliseJoinCode('ABCDEFGHJ')).toBeNull();
  });

  it('is shown in two groups of four', () => {
    expect(formatJoinCode('ABCDEFGH')).toBe('ABCD EFGH');
  });

  it('says which look-alikes a typed code holds, since the alphabet never has them', () => {
    expect(joinCodeProblem('ABCD EFGH')).toBeNull();
    expect(joinCodeProblem('ABCD EFG0')).toEqual({ kind: 'lookAlikes', chars: '0' });
    expect(joinCodeProblem('abcl-1fgo')).toEqual({ kind: 'lookAlikes', chars: 'L, 1, O' });
    expect(joinCodeProblem('ABC')).toEqual({ kind: 'invalid' });
    expect(joinCodeProblem('ABCD EFG!')).toEqual({ kind: 'invalid' });
  });
});
