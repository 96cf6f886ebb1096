import { parentPort } from 'node:worker_threads';
import type { ExportDocument } from '../../../shared/document/export/export-document';
import type { PageSize } from '../../../shared/document/export/export-options';
import { briefingDocxBytes } from '../../export/docx/briefing-docx';

/** A request to the DOCX worker: the export model crosses by structured clone (its mark sets included). */
export interface DocxWorkerRequest {
  id: number;
  document: ExportDocument;
  pageSize: PageSize;
}

export type DocxWorkerReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

// The worker thread of the app's DOCX export (bundled to dist/electron/docx-worker.cjs):
// building and zipping a long document takes a few hundred milliseconds, which
// the main process must not spend away from its windows.
parentPort?.on('message', (request: DocxWorkerRequest) => {
  briefingDocxBytes(request.document, request.pageSize).then(
    // Copied, not transferred: the bytes may sit in a slice of a Buffer pool the worker still uses.
    (bytes) => parentPort?.postMessage({ id: request.id, bytes } satisfies DocxWorkerReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies DocxWorkerReply),
  );
});
