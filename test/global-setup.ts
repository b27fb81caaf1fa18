// @ts-expect-error -- a plain .mjs script shared with `npm start`; it has no type declarations.
import { ensureBuilt } from '../scripts/build-if-needed.mjs';

/**
 * Tests that start the real server as a child process need an up-to-date build. SAMSYN_SKIP_BUILD=1
 * skips it for a quick run of in-process tests (those that start the built server then fail loudly).
 */
export default function setup(): void {
  if (process.env.SAMSYN_SKIP_BUILD === '1') return;
  (ensureBuilt as (options: { quiet: boolean }) => void)({ quiet: true });
}
