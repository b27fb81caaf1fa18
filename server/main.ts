import { ConfigError, loadConfig } from './config/config';
import { DataDirInUseError } from './db/data-dir-lock';
import { createLogger } from './log/logger';
import { startServer } from './server';

/** Problems an operator can fix get one plain line and exit code 1, never a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const log = createLogger(config.nodeEnv === 'production' ? 'json' : 'pretty');

  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer({ config, log });
  } catch (error) {
    if (error instanceof DataDirInUseError) fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`Port ${config.port} on ${config.host} is already in use; set PORT to a free port.`);
    if (code === 'EADDRNOTAVAIL') fail(`HOST ${config.host} is not an address of this machine.`);
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') {
      fail(`Cannot reach the PostgreSQL server in DATABASE_URL (${code}); check that it runs and the URL is right.`);
    }
    throw error;
  }
  log.info(`Samsyn is running: open ${running.url} in your browser`, { db: running.database.driver });

  const shutdown = (signal: string) => {
    log.info('shutting down', { signal });
    const forced = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    forced.unref();
    running.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Samsyn failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
