import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry point into a plain Node script under
 * node_modules/.cache (installed packages, better-sqlite3's addon among them,
 * stay real imports from node_modules), for tests that run our code in a
 * child process they can kill.
 * Returns the script's path.
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
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}
