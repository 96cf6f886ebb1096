import { build } from 'esbuild';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { briefingDocxBytes } from '../../export/docx/briefing-docx';
import { createDocxWorkerClient } from './docx-worker-client';

// Inside the project, so the bundle's external `jsdom` and `sharp` resolve from node_modules as they do in the app.
const cache = fileURLToPath(new URL('../../../node_modules/.cache', import.meta.url));
mkdirSync(cache, { recursive: true });
const folder = mkdtempSync(join(cache, 'docx-worker-'));
const workerScript = join(folder, 'docx-worker.cjs');

// The worker as the app ships it: bundled by esbuild with jsdom and sharp external, as scripts/build-electron.mjs does.
beforeAll(async () => {
  await build({
    entryPoints: [fileURLToPath(new URL('./docx-worker.ts', import.meta.url))],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['jsdom', 'sharp'],
    logLevel: 'warning',
  });
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const documentPart = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());

describe('DOCX worker thread', () => {
  it('makes the same Word document as the main thread, for several exports at once', async () => {
    const client = createDocxWorkerClient(workerScript);
    try {
      const readout = exportDocument(sampleBriefing('meeting-readout'), findBuiltInTemplate('meeting-readout'), defaultExportOptions, { now: sampleExportTime });
      const release = exportDocument(sampleBriefing('press-release'), findBuiltInTemplate('press-release'), defaultExportOptions, { now: sampleExportTime });
      const [fromWorker, releaseFromWorker] = await Promise.all([client.render(readout, 'A4'), client.render(release, 'Letter')]);
      expect(documentPart(fromWorker)).toBe(documentPart(await briefingDocxBytes(readout, 'A4')));
      expect(documentPart(releaseFromWorker)).toBe(documentPart(await briefingDocxBytes(release, 'Letter')));
    } finally {
      await client.close();
    }
  }, 60_000);

  it('fails an export with a clear message when the worker dies, and starts a new worker for the next one', async () => {
    const dying = join(folder, 'dying-worker.cjs');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));");
    const client = createDocxWorkerClient(dying);
    const document = exportDocument(sampleBriefing('blank'), findBuiltInTemplate('blank'), defaultExportOptions, { now: sampleExportTime });
    await expect(client.render(document, 'A4')).rejects.toThrow('The Word document could not be made: its worker stopped (exit code 3).');
    await expect(client.render(document, 'A4')).rejects.toThrow('exit code 3');
    await client.close();
  }, 30_000);
});
