// Bundles the main process and the preload for Electron with esbuild.
// The preload runs sandboxed, where only `electron` can be required, so
// everything it uses (the IPC contract, zod) is bundled into one file.
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22.
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
};

try {
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3'] }),
    build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
  ]);
  console.log('dist/electron/main.cjs, dist/electron/preload.cjs');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
