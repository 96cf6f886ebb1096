// Runs the team-library tests (tests/team: each file starts its own PostgreSQL 15 cluster) and ends with one line,
// "N passed, N failed", counted by vitest's JSON report. The exit code is vitest's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'bd-team-report-'));
const report = join(folder, 'report.json');
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'tests/team/vitest.team.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let counts;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  // A file that cannot even load fails no test, only itself: count it, so the line never says "0 failed" on a failure.
  const brokenFiles = (results.testResults ?? []).filter(
    /** @param {{ status: string, assertionResults?: { status: string }[] }} file */
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  counts = { passed: results.numPassedTests, failed: results.numFailedTests + brokenFiles };
} catch {
  // No report: vitest could not start; its own output says why.
  counts = { passed: 0, failed: 1 };
}
const { passed, failed } = counts;
rmSync(folder, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status ?? 1);
