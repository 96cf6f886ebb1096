import { Worker } from 'node:worker_threads';
import { ServiceError } from '../../../shared/ipc/ipc-result';
import type { ImportedDocument } from '../../../shared/document/import/imported-document';
import type { DocxConverter } from '../docx-import';
import type { DocxImportWorkerReply, DocxImportWorkerRequest } from './docx-import-worker';

export interface DocxImportWorkerClient {
  convert: DocxConverter;
  /** Stops the worker; a later import starts a new one. */
  close(): Promise<void>;
}

const failed = (detail: string) => new Error(`The Word file could not be imported: ${detail}`);

/**
 * Converts Word files in a worker thread running `workerScript` (the bundled
 * `docx-import-worker.ts`), like the DOCX export's worker: started on the
 * first import and kept; if it dies, the imports it was doing fail with a
 * message and the next import starts a new one. The app never goes down with it.
 */
export function createDocxImportWorkerClient(workerScript: string): DocxImportWorkerClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (document: ImportedDocument) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };

  const start = (): Worker => {
    // A hostile file must not take the main process's memory with it: the worker gets its own, capped heap.
    const started = new Worker(workerScript, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    started.on('message', (reply: DocxImportWorkerReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if ('error' in reply) waiting.reject(reply.invalidFile ? new ServiceError('invalid-argument', reply.error) : failed(reply.error));
      else waiting.resolve(reply.document);
    });
    started.on('error', (error) => failAll(failed(error.message)));
    started.on('exit', (code) => {
      if (worker === started) failAll(failed(`its worker stopped (exit code ${code}).`));
    });
    return started;
  };

  return {
    convert(bytes, fileName, knownHeadings) {
      worker ??= start();
      worker.ref();
      const id = nextId++;
      const request: DocxImportWorkerRequest = { id, bytes, fileName, knownHeadings };
      const result = new Promise<ImportedDocument>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage(request);
      return result;
    },
    async close() {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}
