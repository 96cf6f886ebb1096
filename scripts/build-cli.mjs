// Bundles the command line (electron/cli) for plain Node with esbuild.
// Native and self-locating packages stay external and load from node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

try {
  await build({
    absWorkingDir: projectRoot,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/cli/briefing-desk.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    external: ['better-sqlite3', 'playwright-core', 'electron', '@fontsource/*', 'jsdom', 'pg', 'pg-native', 'sharp'],
    logLevel: 'warning',
  });
  // Word drafts are converted in the same capped worker thread as in the app (electron/main/workers/docx-import-worker-client.ts).
  await build({
    absWorkingDir: projectRoot,
    entryPoints: ['electron/main/workers/docx-import-worker.ts'],
    outfile: 'dist/cli/docx-import-worker.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // sharp checks and strips the file's pictures in the worker; it loads libvips from its own packages.
    external: ['jsdom', 'sharp'],
    logLevel: 'warning',
  });
} catch (error) {
  // esbuild has already printed its diagnostics for a failed build.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
