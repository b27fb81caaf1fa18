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
