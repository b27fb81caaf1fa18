import { ensureBuilt, rootDir } from './build-if-needed.mjs';

try {
  ensureBuilt();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
await import(new URL('dist/server/main.js', `file://${rootDir}/`).href);
