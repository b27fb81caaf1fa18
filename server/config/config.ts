import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { loadOidcConfig, type OidcConfig } from './oidc-env';

type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  nodeEnv: NodeEnv;
  trustProxy: boolean;
  syncMaxConnectionsPerUser: number;
  syncMaxConnectionsPerRoom: number;
  /** The largest request body the HTTP API reads, in bytes. */
  maxBodyBytes: number;
  /** Redis shared by several Samsyn processes on one PostgreSQL; unset: one process. */
  redisUrl: string | undefined;
  /** Sign-in through an organisation's identity provider (server/config/oidc-env.ts). */
  oidc: OidcConfig;
}

/** A configuration problem, phrased for the operator: one line per bad variable, no stack trace. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const hostname = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

// Each variable has its own rule and its own sentence, so an operator sees exactly what to fix.
const rules = {
  PORT: {
    expected: 'an integer from 0 to 65535',
    schema: z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(0).max(65535)),
    fallback: '3000',
  },
  HOST: {
    expected: 'an IP address or host name to listen on (default 127.0.0.1; use 0.0.0.0 to listen on all interfaces)',
    schema: z.string().refine((value) => isIP(value) !== 0 || hostname.test(value)),
    fallback: '127.0.0.1',
  },
  DATA_DIR: {
    expected: 'a directory path for the embedded database',
    schema: z.string().trim().min(1),
    fallback: './data',
  },
  DATABASE_URL: {
    expected: 'a PostgreSQL connection URL such as postgres://user:password@host:5432/samsyn, or unset for the embedded database',
    schema: z.string().refine(isPostgresUrl),
    fallback: undefined,
  },
  NODE_ENV: {
    expected: 'one of development, production, test',
    schema: z.enum(['development', 'production', 'test']),
    fallback: 'development',
  },
  TRUST_PROXY: {
    expected: 'true or false (true only behind a reverse proxy that sets X-Forwarded-For)',
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
    fallback: 'false',
  },
  SYNC_MAX_CONNECTIONS_PER_USER: {
    expected: 'a whole number from 1 to 100000',
    schema: z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(100_000)),
    fallback: '20',
  },
  SYNC_MAX_CONNECTIONS_PER_ROOM: {
    expected: 'a whole number from 1 to 100000',
    schema: z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(100_000)),
    fallback: '500',
  },
  MAX_BODY_BYTES: {
    expected: 'a whole number of bytes from 1024 to 104857600 (default 1048576, 1 MB)',
    schema: z.string().regex(/^\d{4,9}$/).transform(Number).pipe(z.number().int().min(1024).max(100 * 1024 * 1024)),
    fallback: '1048576',
  },
  REDIS_URL: {
    expected: 'a Redis URL such as redis://127.0.0.1:6379 (several Samsyn processes on one PostgreSQL), or unset for one process',
    schema: z.string().refine(isRedisUrl),
    fallback: undefined,
  },
} as const;

type RuleName = keyof typeof rules;

/** Whether `value` is a URL with a host and one of `protocols` (e.g. 'postgres:'). */
function isUrlOf(value: string, protocols: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

function isPostgresUrl(value: string): boolean {
  return isUrlOf(value, ['postgres:', 'postgresql:']);
}

function isRedisUrl(value: string): boolean {
  return isUrlOf(value, ['redis:', 'rediss:']);
}

function describe(value: string): string {
  // Never echo a database URL back: it may hold a password.
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const values: Partial<Record<RuleName, unknown>> = {};
  for (const name of Object.keys(rules) as RuleName[]) {
    const rule = rules[name];
    const raw = env[name];
    const input = raw === undefined || raw === '' ? rule.fallback : raw;
    if (input === undefined) continue;
    const result = rule.schema.safeParse(input);
    if (result.success) {
      values[name] = result.data;
    } else {
      const shown = name === 'DATABASE_URL' || name === 'REDIS_URL' ? '' : ` (got "${describe(input)}")`;
      problems.push(`Invalid configuration: ${name} must be ${rule.expected}${shown}.`);
    }
  }
  // The embedded database lives in one process: several would corrupt it, so there is nothing to share over Redis.
  if (values.REDIS_URL && !values.DATABASE_URL) problems.push('Invalid configuration: REDIS_URL needs DATABASE_URL: the embedded database serves one process only.');
  const oidc = loadOidcConfig(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: values.PORT as number,
    host: values.HOST as string,
    dataDir: path.resolve(cwd, values.DATA_DIR as string),
    databaseUrl: values.DATABASE_URL as string | undefined,
    nodeEnv: values.NODE_ENV as NodeEnv,
    trustProxy: values.TRUST_PROXY as boolean,
    syncMaxConnectionsPerUser: values.SYNC_MAX_CONNECTIONS_PER_USER as number,
    syncMaxConnectionsPerRoom: values.SYNC_MAX_CONNECTIONS_PER_ROOM as number,
    maxBodyBytes: values.MAX_BODY_BYTES as number,
    redisUrl: values.REDIS_URL as string | undefined,
    oidc,
  };
}
