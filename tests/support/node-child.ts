import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry point into one plain Node script under
 * node_modules/.cache, for tests that run our code in a child process they
 * can kill. The installed packages are bundled in too (better-sqlite3, a
 * native addon, stays a real import of the installed one): Node then
 * compiles one file instead of resolving and compiling zod's, slate's and
 * date-fns's modules one by one, which took a third of a crash-test child's
 * start. Returns the script's path.
 */
export async function bundleNodeChild(entryPoint: string): Promise<string> {
  const name = entryPoint.split(/[\\/]/).at(-1)?.replace(/\.ts$/, '.mjs') ?? 'child.mjs';
  const outfile = join(process.cwd(), 'node_modules', '.cache', 'briefing-desk-children', name);
  await build({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}
