// `npm run bench`: prints figures; never a pass/fail timing test (the machines are shared and noisy).
// @ts-expect-error -- a plain .mjs script shared with `npm start`; it has no type declarations.
import { ensureBuilt } from '../scripts/build-if-needed.mjs';
import { coldLoad } from './sync/cold-load';
import { percentile, runScenario, type Scenario } from './sync/load';
import { peakRssMiB, startReference, startSamsyn, type Target } from './sync/targets';

const scenarios: Scenario[] = [
  { label: '(a) 1 writer @20/s → 299 readers', writers: 1, readers: 299, editsPerSecond: 20, durationMs: 10_000 },
  { label: '(b) 50 writers @5/s → 250 readers', writers: 50, readers: 250, editsPerSecond: 5, durationMs: 10_000 },
];

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const rows: string[][] = [['scenario', 'server', 'p50 ms', 'p99 ms', 'max ms', 'delivered/expected', 'peak RSS MiB', 'saved p99 ms']];

(ensureBuilt as (o: { quiet: boolean }) => void)({ quiet: true });

for (const scenario of scenarios) {
  const p99s: Record<string, number> = {};
  for (const start of [startReference, startSamsyn] as Array<() => Promise<Target>>) {
    const target = await start();
    const result = await runScenario(target, scenario);
    const rss = peakRssMiB(target.pid);
    await target.stop();
    p99s[target.name] = percentile(result.latencies, 0.99);
    rows.push([
      scenario.label,
      target.name,
      fmt(percentile(result.latencies, 0.5)),
      fmt(p99s[target.name]!),
      fmt(result.latencies.at(-1) ?? NaN),
      `${result.delivered}/${result.expected}`,
      String(rss),
      target.name === 'samsyn' ? fmt(percentile(result.saveLags, 0.99)) : '–',
    ]);
  }
  rows.push([scenario.label, 'samsyn/reference p99', '', (p99s.samsyn! / p99s.reference!).toFixed(2), '', '', '', '']);
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}\n`);

const cold = await coldLoad();
process.stdout.write(
  `\ncold load of a document with 50 000 stored updates, after compaction (PGlite): ${cold.loadMs.toFixed(1)} ms` +
    ` (snapshot ${cold.snapshotKiB} KiB; compaction took ${cold.compactMs.toFixed(0)} ms)\n`,
);
