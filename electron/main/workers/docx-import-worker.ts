import { parentPort } from 'node:worker_threads';
import type { ImportedDocument } from '../../../shared/document/import/imported-document';
import { ServiceError, type LocalisedMessage } from '../../../shared/ipc/ipc-result';
import { convertDocx } from '../../import/docx/convert-docx';

/** A request to the import worker: the file's bytes and the template headings to recognise. */
export interface DocxImportWorkerRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  knownHeadings: string[];
}

/** `invalidFile`: the message is the sentence for the person (a `ServiceError` from the checks). */
export type DocxImportWorkerReply = { id: number; document: ImportedDocument } | { id: number; error: string; localised?: LocalisedMessage; invalidFile: boolean };

// The worker thread of the app's DOCX import (bundled to dist/electron/docx-import-worker.cjs):
// unzipping, mammoth and sanitising a long draft take long enough to freeze the windows.
parentPort?.on('message', (request: DocxImportWorkerRequest) => {
  convertDocx(request.bytes, request.fileName, new Set(request.knownHeadings)).then(
    (document) => parentPort?.postMessage({ id: request.id, document } satisfies DocxImportWorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
        ...(error instanceof ServiceError && error.localised ? { localised: error.localised } : {}),
        invalidFile: error instanceof ServiceError,
      } satisfies DocxImportWorkerReply),
  );
});
