// Runs a TypeScript benchmark from bench/ in plain Node: bundles it with
// esbuild (better-sqlite3 stays a real import of the installed addon) into
// node_modules/.cache, then runs the bundle with the remaining arguments.
//
// The benchmark runs as the leader of its own process group, and everything
// it starts (a vite preview, Chromium, pandoc, LibreOffice) lives in that
// group unless it makes its own. When the benchmark ends — by itself, by a
// failure, or because BENCH_DEADLINE_MS (default 60 minutes) ran out — the
// whole group is killed, so nothing is left holding the output pipe and the
// command always returns.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bench.mjs bench/<name>.ts [arguments]');
  process.exit(2);
}
const deadlineMs = Number(process.env.BENCH_DEADLINE_MS ?? 60 * 60_000);
if (!Number.isFinite(deadlineMs) || deadlineMs <= 0) {
  console.error('BENCH_DEADLINE_MS must be a positive number of milliseconds.');
  process.exit(2);
}
const outfile = join(projectRoot, 'node_modules', '.cache', 'bench', basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  absWorkingDir: projectRoot,
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Installed packages load from node_modules as they would in the app; only our code is bundled.
  packages: 'external',
  logLevel: 'warning',
});

const child = spawn(process.execPath, [outfile, ...args], { stdio: 'inherit', detached: true });

/**
 * Signals the benchmark's whole process group; it may already be gone.
 * @param {NodeJS.Signals} signal
 */
function killGroup(signal) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
}

let timedOut = false;
const deadline = setTimeout(() => {
  timedOut = true;
  console.error(`[bench] ${entry} ran past BENCH_DEADLINE_MS (${deadlineMs} ms); stopping it and everything it started.`);
  killGroup('SIGTERM');
  setTimeout(() => killGroup('SIGKILL'), 5000).unref();
}, deadlineMs);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    killGroup('SIGTERM');
    setTimeout(() => {
      killGroup('SIGKILL');
      process.exit(130);
    }, 2000).unref();
  });
}

child.on('exit', (code, signal) => {
  clearTimeout(deadline);
  // Whatever the benchmark left running (a server it could not stop) goes with it.
  killGroup('SIGKILL');
  process.exit(timedOut ? 124 : (code ?? (signal ? 1 : 0)));
});
