// Bundles the main process and the preload for Electron with esbuild. Only
// bundles: it never needs the Electron binary.
//
// The preload runs sandboxed, where `require` knows only 'electron' and a
// few built-ins, so everything it uses (the IPC contract, zod) is bundled
// into one file, and the build fails if anything else is left to `require`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: projectRoot,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22.
  target: 'node22',
  sourcemap: true,
  minify: false,
  logLevel: 'warning',
};

const targets = [
  { entry: 'electron/main/main.ts', outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3', 'jsdom', 'sharp'], sandboxed: false },
  { entry: 'electron/preload/preload.ts', outfile: 'dist/electron/preload.cjs', external: ['electron'], sandboxed: true },
  // The DOCX export's worker thread (electron/main/workers/docx-worker-client.ts). jsdom (the SVG logo's sanitiser)
  // and sharp (its drawing as a PNG) stay run-time dependencies, as in the import's worker below.
  { entry: 'electron/main/workers/docx-worker.ts', outfile: 'dist/electron/docx-worker.cjs', external: ['jsdom', 'sharp'], sandboxed: false },
  // The DOCX import's worker thread (electron/main/workers/docx-import-worker-client.ts). jsdom stays a
  // run-time dependency: it loads files beside its own modules, which a bundle would not have.
  // The library's full integrity check, off the main thread (electron/main/workers/integrity-worker-client.ts).
  { entry: 'electron/main/workers/integrity-worker.ts', outfile: 'dist/electron/integrity-worker.cjs', external: ['better-sqlite3'], sandboxed: false },
  { entry: 'electron/main/workers/docx-import-worker.ts', outfile: 'dist/electron/docx-import-worker.cjs', external: ['jsdom', 'sharp'], sandboxed: false },
];

/**
 * What a bundle leaves to `require` at run time. For the sandboxed preload
 * that must be 'electron' alone; `platform: 'node'` would otherwise leave
 * Node built-ins external without a word.
 * @param {import('esbuild').Metafile} metafile
 */
function runtimeRequires(metafile) {
  return Object.values(metafile.outputs).flatMap((output) => output.imports.filter((used) => used.external).map((used) => used.path));
}

try {
  const results = await Promise.all(
    targets.map(async ({ entry, outfile, external, sandboxed }) => {
      const result = await build({ ...common, entryPoints: [entry], outfile, external, metafile: true });
      const requires = [...new Set(runtimeRequires(result.metafile))];
      if (sandboxed) {
        const forbidden = requires.filter((name) => name !== 'electron');
        if (forbidden.length > 0) throw new Error(`${outfile} would require ${forbidden.join(', ')}, which a sandboxed preload cannot load.`);
      }
      return { outfile, result, requires };
    }),
  );
  for (const { outfile, result, requires } of results) {
    const bytes = result.metafile.outputs[outfile]?.bytes ?? 0;
    console.log(`${outfile}  ${(bytes / 1024).toFixed(0)} KiB  requires: ${requires.join(', ') || 'nothing'}`);
  }
} catch (error) {
  // esbuild has already printed its diagnostics for a failed build.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
