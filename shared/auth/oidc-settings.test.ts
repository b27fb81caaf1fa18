import { describe, expect, it } from 'vitest';
import { emailDomainAllowed, issuerProblem, mappedAccess, scopesToRequest } from './oidc-settings';

describe('OIDC settings rules', () => {
  it('maps claim values to the most trusted role any of them gives, with the bodies of every match', () => {
    const mappings = [
      { value: 'bun', role: 'politician' as const, bodyIds: ['b1'] },
      { value: 'sn', role: 'official' as const, bodyIds: ['b2'] },
      { value: 'it', role: 'admin' as const, bodyIds: [] },
    ];
    expect(mappedAccess(['bun', 'sn', 'annat'], mappings)).toEqual({ role: 'politician', bodyIds: ['b1', 'b2'] });
    expect(mappedAccess('it', mappings)).toEqual({ role: 'admin', bodyIds: [] });
    expect(mappedAccess(['annat'], mappings)).toBeNull();
    expect(mappedAccess({ bun: true }, mappings)).toBeNull();
    expect(mappedAccess(undefined, mappings)).toBeNull();
  });

  it('allows any address without domains, else only the named ones (case and a leading @ aside)', () => {
    expect(emailDomainAllowed('a@annan.se', [])).toBe(true);
    expect(emailDomainAllowed('a@Kommun.SE', ['@kommun.se'])).toBe(true);
    expect(emailDomainAllowed('a@sub.kommun.se', ['kommun.se'])).toBe(false);
    expect(emailDomainAllowed('a@kommun.se.evil.com', ['kommun.se'])).toBe(false);
    expect(emailDomainAllowed('kommun.se', ['kommun.se'])).toBe(false);
  });

  it('takes https issuers, and http only on this machine', () => {
    expect(issuerProblem('https://login.microsoftonline.com/tenant/v2.0')).toBeNull();
    expect(issuerProblem('http://127.0.0.1:4000')).toBeNull();
    expect(issuerProblem('http://localhost:4000')).toBeNull();
    expect(issuerProblem('http://idp.kommun.se')).toBe('insecure');
    expect(issuerProblem('https://user:pw@idp.kommun.se')).toBe('invalid');
    expect(issuerProblem('inte en adress')).toBe('invalid');
  });

  it('always asks for openid, once', () => {
    expect(scopesToRequest({ scopes: 'email profile' })).toBe('openid email profile');
    expect(scopesToRequest({ scopes: ' openid  email openid ' })).toBe('openid email');
  });
});
