// Runs a TypeScript benchmark from bench/ in plain Node: bundles it with
// esbuild (better-sqlite3 stays a real import of the installed addon) into
// node_modules/.cache, then runs the bundle with the remaining arguments.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bench.mjs bench/<name>.ts [arguments]');
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
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
