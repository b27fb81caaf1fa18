/**
 * What PostgreSQL said when a statement failed, read alike on both drivers: drizzle wraps the driver's
 * error in `cause`; postgres.js names the constraint `constraint_name`, PGlite `constraint`.
 */
export interface SqlFailure {
  code: string;
  constraint: string | undefined;
}

export function sqlFailureOf(error: unknown): SqlFailure | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, constraint, constraint_name } = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      const name = typeof constraint === 'string' ? constraint : typeof constraint_name === 'string' ? constraint_name : undefined;
      return { code, constraint: name };
    }
  }
  return null;
}

/** A unique index refused the row (SQLSTATE 23505), optionally that index by name. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const failure = sqlFailureOf(error);
  return failure?.code === '23505' && (constraint === undefined || failure.constraint === constraint);
}

// postgres.js's own codes for a connection that is gone or never came; PGlite says it in words.
const UNREACHABLE_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/**
 * The database could not be reached (down, restarting, closed) rather than refusing the statement:
 * SQLSTATE classes 08 (connection), 53 (resources) and 57P (shut down), or the drivers' own signs.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^(08|53|57P)/.test(code))) return true;
    if (typeof message === 'string' && message.includes('PGlite is closed')) return true;
  }
  return false;
}
