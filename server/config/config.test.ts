import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function problemsFor(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/samsyn');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('uses safe defaults: port 3000 on loopback, ./data, embedded database, development', () => {
    expect(loadConfig({}, '/srv/samsyn')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/samsyn/data',
      databaseUrl: undefined,
      nodeEnv: 'development',
      trustProxy: false,
      syncMaxConnectionsPerUser: 20,
      syncMaxConnectionsPerRoom: 500,
      maxBodyBytes: 1048576,
      oidc: { secretKey: undefined, publicUrl: undefined, environment: undefined },
    });
  });

  it('accepts explicit values, including listening on all interfaces when asked', () => {
    const config = loadConfig(
      { PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/lib/samsyn', DATABASE_URL: 'postgres://u:p@db:5432/samsyn', NODE_ENV: 'production' },
      '/srv',
    );
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/var/lib/samsyn', nodeEnv: 'production' });
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/samsyn');
    expect(loadConfig({ MAX_BODY_BYTES: '5242880' }, '/srv').maxBodyBytes).toBe(5 * 1024 * 1024);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', /^Invalid configuration: PORT must be an integer from 0 to 65535 \(got "abc"\)\.$/],
    ['PORT', '70000', /PORT must be an integer from 0 to 65535 \(got "70000"\)/],
    ['PORT', '-1', /PORT must be an integer/],
    ['HOST', 'not a host', /^Invalid configuration: HOST must be an IP address or host name/],
    ['DATA_DIR', '   ', /^Invalid configuration: DATA_DIR must be a directory path/],
    ['DATABASE_URL', 'mysql://x@y/z', /^Invalid configuration: DATABASE_URL must be a PostgreSQL connection URL/],
    ['TRUST_PROXY', 'yes', /^Invalid configuration: TRUST_PROXY must be true or false/],
    ['SYNC_MAX_CONNECTIONS_PER_USER', '0', /^Invalid configuration: SYNC_MAX_CONNECTIONS_PER_USER must be a whole number from 1 to 100000/],
    ['MAX_BODY_BYTES', '1mb', /^Invalid configuration: MAX_BODY_BYTES must be a whole number of bytes from 1024 to 104857600/],
    ['MAX_BODY_BYTES', '512', /^Invalid configuration: MAX_BODY_BYTES must be a whole number of bytes/],
    ['NODE_ENV', 'staging', /^Invalid configuration: NODE_ENV must be one of development, production, test \(got "staging"\)\.$/],
  ])('%s=%s gives one clear line naming the variable', (name, value, expected) => {
    const problems = problemsFor({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('never echoes a bad DATABASE_URL, which may hold a password', () => {
    const [problem] = problemsFor({ DATABASE_URL: 'http://admin:hemligt@db/x' });
    expect(problem).not.toContain('hemligt');
  });

  it('reports every bad variable at once, one line each', () => {
    expect(problemsFor({ PORT: 'x', NODE_ENV: 'y', HOST: '!' })).toHaveLength(3);
  });

  it('takes REDIS_URL beside a PostgreSQL server, never echoing it, and refuses it on the embedded database', () => {
    const pg = 'postgres://samsyn@db:5432/samsyn';
    expect(loadConfig({ DATABASE_URL: pg, REDIS_URL: 'redis://redis:6379' }, '/srv').redisUrl).toBe('redis://redis:6379');
    expect(loadConfig({ DATABASE_URL: pg }, '/srv').redisUrl).toBeUndefined();
    const [bad] = problemsFor({ DATABASE_URL: pg, REDIS_URL: 'http://:hemligt@redis' });
    expect(bad).toMatch(/^Invalid configuration: REDIS_URL must be a Redis URL/);
    expect(bad).not.toContain('hemligt');
    expect(problemsFor({ REDIS_URL: 'redis://redis:6379' })).toEqual(['Invalid configuration: REDIS_URL needs DATABASE_URL: the embedded database serves one process only.']);
  });
});
