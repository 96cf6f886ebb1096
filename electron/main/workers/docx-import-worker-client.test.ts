import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/ipc/ipc-result';
import { convertDocx } from '../../import/docx/convert-docx';
import { createDocxImportWorkerClient } from './docx-import-worker-client';

// Inside the project, so the bundle's external `jsdom` resolves from node_modules as it does in the app.
const cache = fileURLToPath(new URL('../../../node_modules/.cache', import.meta.url));
mkdirSync(cache, { recursive: true });
const folder = mkdtempSync(join(cache, 'docx-import-worker-'));
const workerScript = join(folder, 'docx-import-worker.cjs');

// The worker as the app ships it: bundled by esbuild with jsdom and sharp external, as scripts/build-electron.mjs does.
beforeAll(async () => {
  await build({
    entryPoints: [fileURLToPath(new URL('./docx-import-worker.ts', import.meta.url))],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['jsdom', 'sharp'],
    logLevel: 'warning',
  });
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url));

describe('DOCX import worker thread', () => {
  it('converts like the main thread, and a bad file is the same one sentence, not a crash', async () => {
    const client = createDocxImportWorkerClient(workerScript);
    try {
      const bytes = fixture('meeting-readout-draft.docx');
      const [fromWorker, broken] = await Promise.allSettled([
        client.convert(bytes, 'draft.docx', ['agreed points']),
        client.convert(new TextEncoder().encode('not a zip'), 'notes.docx', []),
      ]);
      expect(fromWorker).toEqual({ status: 'fulfilled', value: await convertDocx(bytes, 'draft.docx', new Set(['agreed points'])) });
      expect(broken.status).toBe('rejected');
      const reason = (broken as PromiseRejectedResult).reason as ServiceError;
      expect(reason).toBeInstanceOf(ServiceError);
      expect(reason.message).toBe('This file is not a Word document (.docx); older .doc files must be saved as .docx in Word first.');
      // Still working after a refusal.
      expect((await client.convert(fixture('cyrillic-draft.docx'), 'ru.docx', [])).language).toBe('ru');
      // sharp checks and strips pictures inside the worker too: the picture's bytes come back as the main thread makes them.
      const withPicture = await client.convert(fixture('review-draft.docx'), 'review.docx', []);
      expect(withPicture.pictures).toHaveLength(1);
      expect(withPicture.pictures).toEqual((await convertDocx(fixture('review-draft.docx'), 'review.docx', new Set())).pictures);
    } finally {
      await client.close();
    }
  }, 60_000);

  it('stops a conversion that passes its deadline and fails only that one: the imports behind it still happen', async () => {
    // A worker that never answers a file called "stuck.docx" (as inflating a lying zip used to) and answers the rest.
    const stuck = join(folder, 'stuck-worker.cjs');
    writeFileSync(
      stuck,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (request) => {
         if (request.fileName === 'stuck.docx') for (;;);
         parentPort.postMessage({ id: request.id, error: 'answered ' + request.fileName, invalidFile: true });
       });`,
    );
    const client = createDocxImportWorkerClient(stuck, { deadlineMs: 3_000 });
    try {
      const [first, hung, after] = await Promise.allSettled([
        client.convert(new Uint8Array(), 'first.docx', []),
        client.convert(new Uint8Array(), 'stuck.docx', []),
        client.convert(new Uint8Array(), 'after.docx', []),
      ]);
      expect(first).toMatchObject({ status: 'rejected', reason: { message: 'answered first.docx' } });
      expect(hung).toMatchObject({ status: 'rejected', reason: { message: 'The Word file could not be imported: it took longer than 3 seconds, so it was stopped.' } });
      expect(after).toMatchObject({ status: 'rejected', reason: { message: 'answered after.docx' } });
      await expect(client.convert(new Uint8Array(), 'later.docx', [])).rejects.toThrow('answered later.docx');
    } finally {
      await client.close();
    }
  }, 60_000);

  it('stops a conversion that needs more memory than its cap, with one sentence, and the next import still happens', async () => {
    // A worker that hoards memory for "huge.docx" (as mammoth does with a million paragraphs) and answers the rest.
    const greedy = join(folder, 'greedy-worker.cjs');
    writeFileSync(
      greedy,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (request) => {
         const hoard = [];
         if (request.fileName === 'huge.docx') for (;;) hoard.push(new Array(100000).fill({ paragraph: hoard.length }));
         parentPort.postMessage({ id: request.id, error: 'answered ' + request.fileName, invalidFile: true });
       });`,
    );
    const client = createDocxImportWorkerClient(greedy, { maxHeapMb: 32 });
    try {
      const [huge, after] = await Promise.allSettled([client.convert(new Uint8Array(), 'huge.docx', []), client.convert(new Uint8Array(), 'after.docx', [])]);
      expect(huge.status).toBe('rejected');
      const reason = (huge as PromiseRejectedResult).reason as ServiceError;
      expect(reason).toBeInstanceOf(ServiceError);
      expect(reason.message).toBe('The Word file could not be imported: it needed more memory than it may use, so it was stopped.');
      expect(after).toMatchObject({ status: 'rejected', reason: { message: 'answered after.docx' } });
    } finally {
      await client.close();
    }
  }, 60_000);
});
