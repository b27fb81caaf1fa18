import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSecretKey } from '../config/oidc-env';
import { decryptSecret, encryptSecret } from './secret-box';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('reads back what it sealed, and the sealed text does not hold the secret', () => {
    const sealed = encryptSecret(key, 'klienthemlighet-123', 'org-1');
    expect(sealed).not.toContain('klienthemlighet');
    expect(decryptSecret(key, sealed, 'org-1')).toBe('klienthemlighet-123');
    expect(encryptSecret(key, 'klienthemlighet-123', 'org-1')).not.toBe(sealed);
  });

  it('refuses another key, another organisation or an altered ciphertext', () => {
    const sealed = encryptSecret(key, 'hemligt', 'org-1');
    expect(decryptSecret(randomBytes(32), sealed, 'org-1')).toBeNull();
    expect(decryptSecret(key, sealed, 'org-2')).toBeNull();
    const parts = sealed.split('.');
    parts[2] = Buffer.from('xxxxxxx').toString('base64url');
    expect(decryptSecret(key, parts.join('.'), 'org-1')).toBeNull();
    expect(decryptSecret(key, 'not sealed', 'org-1')).toBeNull();
  });

  it('takes a key as 64 hex digits or base64 of 32 bytes, nothing shorter', () => {
    expect(parseSecretKey(key.toString('hex'))?.equals(key)).toBe(true);
    expect(parseSecretKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseSecretKey('kort')).toBeNull();
    expect(parseSecretKey(randomBytes(16).toString('hex'))).toBeNull();
  });
});
