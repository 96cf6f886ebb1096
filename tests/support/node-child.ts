import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry point into a plain Node script under
 * node_modules/.cache (better-sqlite3 stays a real require of the installed
 * addon), for tests that run our code in a child process they can kill.
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
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  return outfile;
}
