import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/exempelkommun';
import { t } from '../../shared/i18n';
import { prepareDatabase } from './prepared-database';
import { startServerProcess, type ServerProcess } from './server-process';
import { driverUnderTest } from './test-database';

export interface DemoServer {
  url: string;
  driver: typeof driverUnderTest;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The real built server (dist/server/main.js) as a child process, with the demo kommun, on the driver
 * the suite runs on (a DATA_DIR of its own on PGlite, a database of its own on PostgreSQL); `env` adds
 * variables, `port` fixes its port (when another service must know its address before it starts).
 */
export async function startDemoServer(options: { env?: Record<string, string>; port?: number } = {}): Promise<DemoServer> {
  const prepared = await prepareDatabase(async () => {});
  let server: ServerProcess;
  try {
    server = await startServerProcess({ ...prepared.env, ...options.env }, options.port);
  } catch (error) {
    await prepared.dispose();
    throw error;
  }
  return {
    url: server.url,
    driver: driverUnderTest,
    output: server.output,
    async stop() {
      await server.stop();
      await prepared.dispose();
    },
  };
}

/** Logs in through the login page, as a person would: type, then Enter. */
export async function logInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel(t('field.email')).fill(email);
  await page.getByLabel(t('field.password'), { exact: true }).fill(password);
  await page.getByLabel(t('field.password'), { exact: true }).press('Enter');
}
