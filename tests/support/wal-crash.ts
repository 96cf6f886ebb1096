import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeChild } from './node-child';

/**
 * Bundles `wal-crash-child.ts` and returns a function that runs it: `count`
 * briefings committed to the library's -wal by our own storage code, then
 * SIGKILL before any checkpoint, leaving the -wal and -shm as a crash does.
 */
export async function walCrasher(): Promise<(file: string, count: number) => void> {
  const child = await bundleNodeChild(join(import.meta.dirname, 'wal-crash-child.ts'));
  return (file, count) => {
    const run = spawnSync(process.execPath, [child, file, String(count)], { encoding: 'utf8' });
    if (run.signal !== 'SIGKILL') throw new Error(`the crash child did not crash: ${run.stderr}`);
    const acknowledged = run.stdout.trim().split('\n').length;
    if (acknowledged !== count || !existsSync(`${file}-wal`)) throw new Error(`the crash child committed ${acknowledged} of ${count} briefings`);
  };
}
