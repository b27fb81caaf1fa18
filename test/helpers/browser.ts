import { closeSync, existsSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Browser tests drive Debian's Chromium through playwright-core (no downloaded browser).
 * SAMSYN_CHROMIUM may point elsewhere (also how the "no Chromium" path is tried by hand).
 */
const CHROMIUM_PATH = process.env.SAMSYN_CHROMIUM || '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
const SKIP_LINE = 'skipped: install chromium to run browser tests';

if (!hasChromium) {
  // In CI a missing browser is a broken machine, never a reason to skip (../../shared/DESIGN.md).
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI must run the browser tests (apt-get install -y chromium)`);
  printSkipLineOnce();
}

/** One line per test run, however many browser test files (and workers) there are. */
function printSkipLineOnce(): void {
  // Workers are threads (same pid as the runner) or forks (the runner is the parent): either way one id per run.
  const runnerPid = isMainThread ? process.ppid : process.pid;
  try {
    closeSync(openSync(path.join(tmpdir(), `samsyn-chromium-skip-${runnerPid}`), 'wx'));
  } catch {
    return; // another file of this run has said it already
  }
  process.stdout.write(`${SKIP_LINE}\n`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** An axe finding, cut down to what a person needs to fix it, so a failing `toEqual([])` reads well. */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; html: string; summary: string }>;
}

const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is now; [] means no violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: a Content-Security-Policy can never block it.
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html.slice(0, 200), summary: node.failureSummary ?? '' })),
    }));
  }, WCAG_AA_TAGS);
}

/**
 * Runs only the named axe rules, whatever their tags: e.g. `color-contrast-enhanced` (WCAG AAA, 7:1)
 * for the projector, which is read from the back of a room.
 */
export async function axeRuleViolations(page: Page, rules: string[]): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (ids) => {
    const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ids }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html.slice(0, 200), summary: node.failureSummary ?? '' })),
    }));
  }, rules);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
