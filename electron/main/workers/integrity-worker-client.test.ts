import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateContent } from '../../../tests/support/service-errors';
import { openLibrary, startLibrary } from '../../storage/library';
import { createIntegrityWorkerClient } from './integrity-worker-client';

const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-integrity-worker-'));
// Inside the project, so the bundle's require('better-sqlite3') finds node_modules as dist/electron's does.
const workerScript = fileURLToPath(new URL('../../../node_modules/.cache/briefing-desk-children/integrity-worker.cjs', import.meta.url));

// The worker as the app ships it: bundled by esbuild with better-sqlite3 left to require, as scripts/build-electron.mjs does.
beforeAll(async () => {
  await build({
    entryPoints: [fileURLToPath(new URL('./integrity-worker.ts', import.meta.url))],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the library check in a worker thread', () => {
  it('finds a sound library sound while it is open for writing, and a damaged one damaged', async () => {
    const file = join(folder, 'library.sqlite');
    const library = openLibrary(file);
    for (let index = 0; index < 20; index += 1) library.briefings.create({ ...templateContent(), title: `Readout ${index}`.padEnd(400, '.') });
    const client = createIntegrityWorkerClient(workerScript);
    try {
      expect(await client.check(file)).toEqual([]);
      library.close();

      // A zeroed page in the middle: SQLite's check names it.
      const bytes = readFileSync(file);
      bytes.fill(0, 4096 * 3, 4096 * 4);
      writeFileSync(file, bytes);
      // Closed cleanly before the damage: the start reads no page of it, the check in the worker finds it.
      const started = startLibrary(file);
      expect(started.status()).toMatchObject({ state: 'open' });
      expect(await started.verifyInBackground(client.check)).toBe('damaged');
      expect(started.status()).toMatchObject({ state: 'recovery' });
    } finally {
      await client.close();
    }
  }, 60_000);

  it('fails a check with one sentence when the file is not there', async () => {
    const client = createIntegrityWorkerClient(workerScript);
    try {
      await expect(client.check(join(folder, 'missing.sqlite'))).rejects.toThrow(/^The library could not be checked: /);
    } finally {
      await client.close();
    }
  }, 30_000);
});
