import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeChild } from './node-child';

/**
 * Bundles `wal-crash-child.ts` and returns a function that runs it: `count`
 * briefings committed to the library's -wal by our own storage code, then
 * SIGKILL before any checkpoint, leaving the -wal and -shm as a crash does.
 * With `asTheAppStarts` the child opens the library as the app does
 * (`startLibrary`, no check of its own in the background).
 */
export async function walCrasher(): Promise<(file: string, count: number, options?: { asTheAppStarts?: boolean }) => void> {
  const child = await bundleNodeChild(join(import.meta.dirname, 'wal-crash-child.ts'));
  return (file, count, options = {}) => {
    const run = spawnSync(process.execPath, [child, file, String(count), ...(options.asTheAppStarts ? ['start'] : [])], { encoding: 'utf8' });
    if (run.signal !== 'SIGKILL') throw new Error(`the crash child did not crash: ${run.stderr}`);
    const acknowledged = run.stdout.trim().split('\n').length;
    if (acknowledged !== count || !existsSync(`${file}-wal`)) throw new Error(`the crash child committed ${acknowledged} of ${count} briefings`);
  };
}
