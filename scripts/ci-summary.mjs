// Adds up vitest's JSON reports from CI's runs into one line: "N passed, N failed[, N skipped]".
// A missing report means that run broke before its tests finished, which counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    process.stdout.write(`no test report at ${file}: that run did not finish\n`);
    broken += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) broken += 1;
}
const line = `${passed} passed, ${failed + broken} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
process.stdout.write(`${line}\n`);
process.exit(failed + broken > 0 || passed === 0 ? 1 : 0);
