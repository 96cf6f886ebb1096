import { Worker } from 'node:worker_threads';
import type { ExportDocument } from '../../../shared/document/export/export-document';
import type { PageSize } from '../../../shared/document/export/export-options';
import type { DocxWorkerReply, DocxWorkerRequest } from './docx-worker';

export type DocxRenderer = (document: ExportDocument, pageSize: PageSize) => Promise<Uint8Array>;

export interface DocxWorkerClient {
  render: DocxRenderer;
  /** Stops the worker; a later render starts a new one. */
  close(): Promise<void>;
}

/**
 * Renders DOCX files in a worker thread running `workerScript` (the bundled
 * `docx-worker.ts`). The worker starts on the first export and is kept; if it
 * dies, the exports it was working on fail with a clear message and the next
 * export starts a new one.
 */
export function createDocxWorkerClient(workerScript: string): DocxWorkerClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };

  const start = (): Worker => {
    const started = new Worker(workerScript);
    started.on('message', (reply: DocxWorkerReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if ('error' in reply) waiting.reject(new Error(`The Word document could not be made: ${reply.error}`));
      else waiting.resolve(reply.bytes);
    });
    started.on('error', (error) => failAll(new Error(`The Word document could not be made: ${error.message}`)));
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`The Word document could not be made: its worker stopped (exit code ${code}).`));
    });
    return started;
  };

  return {
    render(document, pageSize) {
      worker ??= start();
      // Kept referenced while it works, so the process waits for it; an idle worker must not keep the app alive.
      worker.ref();
      const id = nextId++;
      const request: DocxWorkerRequest = { id, document, pageSize };
      const result = new Promise<Uint8Array>((resolve, reject) => pending.set(id, { resolve, reject }));
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
