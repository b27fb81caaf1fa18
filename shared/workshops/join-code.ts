/**
 * Join codes: short enough to read off a projector and type on a phone, from an alphabet without
 * look-alikes (no 0/O, 1/I/L). 8 characters of 31 give ~8.5e11 codes; with guessing rate-limited on
 * the server, finding a live code by chance is out of reach.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 8;

/** A new code from `randomBytes(n)` (crypto.getRandomValues in the browser, node:crypto on the server). */
export function generateJoinCode(randomBytes: (count: number) => Uint8Array): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length); // reject bytes that would bias the choice
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}

/** What a person typed, as a code: upper case, without spaces and dashes; null if it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}

const LOOK_ALIKES = /[01OIL]/g;

/**
 * Why what a person typed is not a code, so the form can say what to fix: the look-alikes the
 * alphabet leaves out (someone read "0" off the projector where there is none), or its length.
 */
export function joinCodeProblem(typed: string): { kind: 'lookAlikes'; chars: string } | { kind: 'invalid' } | null {
  if (normaliseJoinCode(typed) !== null) return null;
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  const lookAlikes = [...new Set(code.match(LOOK_ALIKES) ?? [])];
  return lookAlikes.length > 0 ? { kind: 'lookAlikes', chars: lookAlikes.join(', ') } : { kind: 'invalid' };
}

/** "ABCD EFGH": how a code is shown, in two groups that are easy to read aloud. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}
