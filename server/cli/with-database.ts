import { ConfigError, loadConfig } from '../config';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';

/** Runs a command-line task against the configured database; operator mistakes get one line, exit 1. */
export async function withDatabase(task: (database: Database) => Promise<string>): Promise<void> {
  let database: Database | undefined;
  try {
    database = await openDatabase(loadConfig());
    process.stdout.write(`${await task(database)}\n`);
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
