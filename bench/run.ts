// `npm run bench`: prints figures; never a pass/fail timing test (the machines are shared and noisy).
// Each scenario runs BENCH_ROUNDS times (default 3), alternating the two servers, and the table shows
// each figure's median over the rounds, so one noisy moment on a shared machine does not decide it.
// @ts-expect-error -- a plain .mjs script shared with `npm start`; it has no type declarations.
import { ensureBuilt } from '../scripts/build-if-needed.mjs';
import { coldLoad } from './sync/cold-load';
import { typingDelay } from './editor/typing';
import { omvarldsdagLoad } from './workshops/omvarldsdag-load';
import { boardGuardCost, formatGuardCost } from './workshops/board-guard';
import { lockLargeDocument } from './versions/lock-large';
import { clusterBenchSkipReason, crossProcess, formatCrossProcess, startSamsynCluster } from './sync/cluster';
import { percentile, runScenario, type Scenario } from './sync/load';
import { peakRssMiB, startReference, startSamsyn, type Target } from './sync/targets';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const scenarios: Scenario[] = [
  { label: '(a) 1 writer @20/s → 299 readers', writers: 1, readers: 299, editsPerSecond: 20, durationMs: 10_000 },
  { label: '(b) 50 writers @5/s → 250 readers', writers: 50, readers: 250, editsPerSecond: 5, durationMs: 10_000 },
];

interface Figures {
  /** Peak RSS of each process, when the server is more than one. */
  rssEach?: number[];
  p50: number;
  p99: number;
  max: number;
  delivered: number;
  expected: number;
  rss: number;
  storedP99: number;
  savedP99: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

async function measure(start: () => Promise<Target & { rssPerProcess?: () => number[] }>, scenario: Scenario): Promise<Figures> {
  const target = await start();
  const result = await runScenario(target, scenario);
  const figures = {
    p50: percentile(result.latencies, 0.5),
    p99: percentile(result.latencies, 0.99),
    max: result.latencies.at(-1) ?? NaN,
    delivered: result.delivered,
    expected: result.expected,
    rss: peakRssMiB(target.pid),
    storedP99: target.persistLagP99 ? await target.persistLagP99() : NaN,
    savedP99: target.name === 'samsyn' ? percentile(result.saveLags, 0.99) : NaN,
    rssEach: target.rssPerProcess?.(),
  };
  await target.stop();
  return figures;
}

(ensureBuilt as (o: { quiet: boolean }) => void)({ quiet: true });
const rows: string[][] = [
  ['scenario', 'server', 'p50 ms', 'p99 ms', 'max ms', 'delivered/expected', 'peak RSS MiB', 'stored p99 ms (server)', 'saved notice p99 ms (client)', 'p99 per round'],
];

// Two processes behind HAProxy on PostgreSQL and Redis, beside one process and the reference server.
const clusterSkip = clusterBenchSkipReason();
for (const scenario of scenarios) {
  const runs: Record<string, Figures[]> = { reference: [], samsyn: [], ...(clusterSkip ? {} : { 'samsyn ×2 (HAProxy, Redis)': [] }) };
  for (let round = 0; round < rounds; round += 1) {
    runs.reference!.push(await measure(startReference, scenario));
    runs.samsyn!.push(await measure(startSamsyn, scenario));
    if (!clusterSkip) runs['samsyn ×2 (HAProxy, Redis)']!.push(await measure(startSamsynCluster, scenario));
  }
  for (const [name, figures] of Object.entries(runs)) {
    const m = (key: Exclude<keyof Figures, 'rssEach'>) => median(figures.map((f) => f[key]));
    rows.push([
      scenario.label,
      name,
      fmt(m('p50')),
      fmt(m('p99')),
      fmt(m('max')),
      `${figures.reduce((s, f) => s + f.delivered, 0)}/${figures.reduce((s, f) => s + f.expected, 0)}`,
      figures[0]!.rssEach ? figures.at(-1)!.rssEach!.join(' + ') : String(m('rss')),
      fmt(m('storedP99')),
      fmt(m('savedP99')),
      figures.map((f) => fmt(f.p99)).join(' '),
    ]);
  }
  const ratio = median(runs.samsyn!.map((f) => f.p99)) / median(runs.reference!.map((f) => f.p99));
  rows.push([scenario.label, 'samsyn/reference (median p99)', '', ratio.toFixed(2), '', '', '', '', '', '']);
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}\n`);
process.stdout.write(clusterSkip ? `\nseveral processes: not measured here (${clusterSkip})\n` : `\n${formatCrossProcess(await crossProcess())}`);

const loads = [];
for (let i = 0; i < rounds; i += 1) loads.push(await coldLoad());
process.stdout.write(
  `\ncold load of a document with 50 000 stored updates, after compaction (PGlite), median of ${rounds}: ` +
    `${median(loads.map((l) => l.loadMs)).toFixed(1)} ms (snapshot ${loads[0]!.snapshotKiB} KiB; compaction ${median(loads.map((l) => l.compactMs)).toFixed(0)} ms)\n`,
);

const locks = [];
for (let i = 0; i < rounds; i += 1) locks.push(await lockLargeDocument());
process.stdout.write(
  `lock (fastställ) of a 100-page document on PGlite, median of ${rounds}: ${median(locks.map((l) => l.ms)).toFixed(0)} ms` +
    ` (${locks[0]!.textKiB} KiB of text, Yjs state ${locks[0]!.stateKiB} KiB)\n`,
);

const typing = await typingDelay();
process.stdout.write(
  `typing in the editor with 2 remote carets (Chromium, ${typing.local.length} keys at ~25/s): ` +
    `on screen p50 ${percentile(typing.local, 0.5).toFixed(1)} ms, p99 ${percentile(typing.local, 0.99).toFixed(1)} ms; ` +
    `in the other browser p50 ${percentile(typing.remote, 0.5).toFixed(1)} ms, p99 ${percentile(typing.remote, 0.99).toFixed(1)} ms\n`,
);

const day = await omvarldsdagLoad();
process.stdout.write(
  `omvärldsdag: ${day.participants} participants in ${day.groups} groups, a card each every 10 s for 60 s + votes, 1 presenter: ` +
    `card → presenter p50 ${fmt(percentile(day.latencies, 0.5))} ms, p99 ${fmt(percentile(day.latencies, 0.99))} ms, max ${fmt(day.latencies.at(-1) ?? NaN)} ms; ` +
    `delivered ${day.delivered}/${day.expected}; votes accepted ${day.votesAccepted}, refused ${day.votesRefused} (limits)` +
    `${day.votesOther > 0 ? `, other answers ${day.votesOther}` : ''}; server peak RSS ${day.peakRssMiB} MiB\n`,
);

process.stdout.write(formatGuardCost(boardGuardCost()));
