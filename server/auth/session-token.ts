import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 120 bits from the CSPRNG, as 24 lower-case base32 characters (Lucia's guide). */
function randomString(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export interface TokenParts {
  id: string;
  secret: string;
}

/** A token is `<id>.<secret>`: the id finds the row, the secret proves possession. */
export function newToken(): TokenParts & { token: string } {
  const id = randomString();
  const secret = randomString();
  return { id, secret, token: `${id}.${secret}` };
}

export function parseToken(token: string): TokenParts | null {
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[a-z2-7]{24}$/.test(parts[0]!) || !/^[a-z2-7]{24}$/.test(parts[1]!)) return null;
  return { id: parts[0]!, secret: parts[1]! };
}

/** Compares in constant time, so response timing does not leak how much of a secret matched. */
export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), storedHash);
}
