import { ConfigError, loadConfig } from '../config/config';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';
import { DomainError } from '../domain/domain-error';
import { t } from '../../shared/i18n';

/** Runs a command-line task against the configured database; operator mistakes get one line, exit 1. */
export async function withDatabase(task: (database: Database) => Promise<string>): Promise<void> {
  let database: Database | undefined;
  try {
    database = await openDatabase(loadConfig());
    process.stdout.write(`${await task(database)}\n`);
  } catch (error) {
    const message =
      error instanceof DomainError ? t(error.messageKey, error.params, 'en') : error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
