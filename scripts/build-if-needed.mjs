// Builds client and server when dist/ is missing or older than the sources, so `npm start` works
// right after `npm install` and never serves a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(rootDir, 'dist', '.build-stamp');
const sources = ['client', 'server', 'shared', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function needsBuild() {
  if (!existsSync(stampFile)) return true;
  const built = statSync(stampFile).mtimeMs;
  return sources.some((source) => newestMtime(path.join(rootDir, source)) > built);
}

export function ensureBuilt({ quiet = false } = {}) {
  if (!needsBuild()) return;
  if (!quiet) process.stdout.write('Building Samsyn (client and server)…\n');
  // Always a production build, even when started from vitest (NODE_ENV=test would bundle development React).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: rootDir, env, stdio: quiet ? 'pipe' : 'inherit' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`npm run build failed (exit ${result.status})`);
  }
  writeFileSync(stampFile, new Date().toISOString());
}
