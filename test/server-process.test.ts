import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../server/db/schema';
import { runServerToExit, startServerProcess, type ServerProcess } from './helpers/server-process';
import { createTestDatabase, driverUnderTest, type TestDatabase } from './helpers/test-database';

// The real built server (dist/server/main.js) as a child process, called over HTTP.
describe(`built server as a child process on ${driverUnderTest}`, () => {
  let dataDir: string;
  let testDb: TestDatabase | undefined;
  let server: ServerProcess;
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: testDb?.url, NODE_ENV: 'production' });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'samsyn-server-'));
    // On PostgreSQL the server gets a fresh, unmigrated database of its own: it must migrate it itself.
    if (driverUnderTest === 'postgres') testDb = await createTestDatabase({ migrate: false });
    server = await startServerProcess(env());
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await testDb?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves /api/health with the driver in use', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: driverUnderTest });
  });

  it('serves the Swedish client page, and index.html for client-side routes', async () => {
    for (const page of ['/', '/dokument/ett-dokument']) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<html lang="sv">');
    }
  });

  it('answers unknown API paths with a JSON 404 in Swedish, not the client page', async () => {
    const response = await fetch(`${server.url}/api/finns-inte`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Det du söker finns inte.' } });
  });

  it('logs one JSON line per request in production', async () => {
    await fetch(`${server.url}/api/health`);
    const requestLines = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"msg":"request"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(requestLines.some((line) => line.path === '/api/health' && line.status === 200)).toBe(true);
  });

  it('creates demo data only on the embedded database, never on a PostgreSQL server', async () => {
    const seeded = server.output().includes('created the demo kommun');
    expect(seeded).toBe(driverUnderTest === 'pglite');
    if (testDb) {
      const [row] = await testDb.database.db.select({ n: count() }).from(organisations);
      expect(row?.n).toBe(0);
    }
  });

  it('shuts down cleanly on SIGTERM, and a restart keeps the data without seeding again', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');

    server = await startServerProcess(env());
    expect(server.output()).not.toContain('created the demo kommun');
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await server.stop('SIGINT')).toBe(0);
  });

  it('refuses a bad configuration with one clear line and exit code 1, no stack trace', async () => {
    const result = await runServerToExit({ ...env(), PORT: 'tretusen' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: PORT must be an integer from 0 to 65535 (got "tretusen").');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
