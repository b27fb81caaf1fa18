import type { Logger } from '../../server/log/logger';

/**
 * The 5xx answers of the servers the tests run, collected from their request log, so a test whose
 * requests got one fails (test/setup/no-server-errors.ts) unless it said it expects one.
 */
const seen: string[] = [];
let allowed = false;

function record(fields: Record<string, unknown> | undefined): void {
  const status = fields?.status;
  if (typeof status === 'number' && status >= 500) seen.push(`${String(fields!.method)} ${String(fields!.path)} answered ${status}`);
}

/** The server's logger, passing every line on, and noting each request that answered 5xx. */
export function watchServerErrors(log: Logger): Logger {
  return {
    ...log,
    info(message, fields) {
      if (message === 'request') record(fields);
      log.info(message, fields);
    },
    error(message, fields) {
      // What went wrong, so the failing test names the cause and not only the status.
      if (message === 'unhandled error' && fields?.error instanceof Error) seen.push(`  ${fields.error.name}: ${fields.error.message}`);
      log.error(message, fields);
    },
  };
}

/** Notes the 5xx answers in a server process's output (its request log lines, pretty or JSON). */
export function recordServerErrorsIn(output: string): void {
  for (const line of output.split('\n')) {
    const pretty = /\brequest method=(\S+) path=(\S+) status=(5\d\d)\b/.exec(line);
    if (pretty) seen.push(`${pretty[1]} ${pretty[2]} answered ${pretty[3]}`);
    else if (line.includes('"msg":"request"')) {
      try {
        record(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not a log line of ours.
      }
    }
  }
}

/** For a test that provokes a 5xx on purpose (a database outage): its 5xx answers are not a failure. */
export function allowServerErrors(): void {
  allowed = true;
}

/** The unexpected 5xx answers since the last call; clears the list and the allowance. */
export function takeUnexpectedServerErrors(): string[] {
  const errors = allowed ? [] : [...seen];
  seen.length = 0;
  allowed = false;
  return errors;
}
