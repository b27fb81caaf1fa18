import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Runs in the child: create the cluster and let go of it (CommonJS, as `node -e` runs it).
const childSource = `
const [pglite, dataDir, startParams] = process.argv.slice(1);
const { PGlite } = require(pglite);
(async () => {
  const db = new PGlite(dataDir, { startParams: JSON.parse(startParams) });
  await db.waitReady;
  await db.close();
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
`;

/**
 * Creates a new embedded cluster in a short-lived child process, so its cost is never the server's.
 * PGlite's initdb runs a second WASM Postgres and copies its whole heap: ~600 MB that, in the server's
 * process, waited for a garbage collection an idle server never runs (measured: 870 MB RSS after a
 * first start against 365 MB after a restart). A worker thread is not enough: the freed memory stays
 * in glibc's per-thread arenas (measured: +180 MB after the worker had exited). A process gives it all back.
 */
export async function initPgliteDataDir(dataDir: string, startParams: string[]): Promise<void> {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const child = spawn(process.execPath, ['-e', childSource, pglite, dataDir, JSON.stringify(startParams)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`creating the embedded database in ${dataDir} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
