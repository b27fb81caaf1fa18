// @ts-expect-error -- a plain .mjs script shared with `npm start`; it has no type declarations.
import { ensureBuilt } from '../scripts/build-if-needed.mjs';

/** Tests that start the real server as a child process need an up-to-date build. */
export default function setup(): void {
  (ensureBuilt as (options: { quiet: boolean }) => void)({ quiet: true });
}
