import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const problemsFor = (env: Record<string, string>) => {
  try {
    loadConfig(env, '/srv');
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('sign-in variables (SAMSYN_SECRET_KEY, PUBLIC_URL, SAMSYN_OIDC_*)', () => {
  it('configures one organisation’s provider from the environment', () => {
    const { oidc } = loadConfig(
      {
        SAMSYN_SECRET_KEY: 'ab'.repeat(32),
        PUBLIC_URL: 'https://samsyn.kommun.se/',
        SAMSYN_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0/',
        SAMSYN_OIDC_ORGANISATION: 'kommunen',
        SAMSYN_OIDC_CLIENT_ID: 'app-id',
        SAMSYN_OIDC_CLIENT_SECRET: 'hemligt',
        SAMSYN_OIDC_ALLOWED_DOMAINS: 'Kommun.se, @skola.kommun.se',
        SAMSYN_OIDC_PROVISIONING: 'refuse',
        SAMSYN_OIDC_ROLE_CLAIM: 'groups',
        SAMSYN_OIDC_ROLE_MAPPINGS: '[{"value":"g-1","role":"politician"}]',
        SAMSYN_OIDC_PASSWORD_LOGIN: 'false',
        SAMSYN_OIDC_END_SESSION: 'true',
      },
      '/srv',
    );
    expect(oidc.secretKey?.length).toBe(32);
    expect(oidc.publicUrl).toBe('https://samsyn.kommun.se');
    expect(oidc.environment).toMatchObject({
      organisationSlug: 'kommunen',
      clientSecret: 'hemligt',
      settings: {
        enabled: true,
        issuer: 'https://login.microsoftonline.com/tenant/v2.0',
        allowedDomains: ['kommun.se', 'skola.kommun.se'],
        provisioning: 'refuse',
        defaultRole: 'viewer',
        roleMappings: [{ value: 'g-1', role: 'politician', bodyIds: [] }],
        passwordLogin: false,
        endSessionAtProvider: true,
      },
    });
  });

  it('gives one line per bad variable, never echoing the key or the secret', () => {
    const problems = problemsFor({ SAMSYN_SECRET_KEY: 'kort-nyckel', SAMSYN_OIDC_ISSUER: 'http://idp.kommun.se', SAMSYN_OIDC_CLIENT_SECRET: 'hemligt' });
    expect(problems).toHaveLength(4); // the key, the issuer, and the missing organisation and client id
    expect(problems.join('\n')).not.toMatch(/kort-nyckel|hemligt/);
    expect(problems[0]).toMatch(/^Invalid configuration: SAMSYN_SECRET_KEY must be 32 random bytes/);
    expect(problemsFor({ SAMSYN_OIDC_ISSUER: 'https://idp', SAMSYN_OIDC_ORGANISATION: 'k', SAMSYN_OIDC_CLIENT_ID: 'c', SAMSYN_OIDC_ROLE_MAPPINGS: '{' })).toEqual([
      expect.stringMatching(/SAMSYN_OIDC_ROLE_MAPPINGS must be a JSON list/),
    ]);
  });
});
