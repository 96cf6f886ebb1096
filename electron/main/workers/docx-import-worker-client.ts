import { ServiceError, type LocalisedMessage } from '../../../shared/ipc/ipc-result';
import type { ImportedDocument } from '../../../shared/document/import/imported-document';
import { createRequestReplyWorker } from './request-reply-worker';
import type { DocxConverter } from '../../services/ports';
import type { DocxImportWorkerReply, DocxImportWorkerRequest } from './docx-import-worker';

export interface DocxImportWorkerClient {
  convert: DocxConverter;
  /** Stops the worker; a later import starts a new one. */
  close(): Promise<void>;
}

/** A real draft converts in a few seconds even on a busy machine; a minute means a file built to keep a core busy. */
export const DOCX_CONVERSION_DEADLINE_MS = 60_000;

/**
 * A conversion stopped for its deadline or its memory cap is the file's doing (real drafts need neither): one
 * sentence for the person, as for any file the checks refuse, not an internal error.
 */
const failed = (detail: LocalisedMessage | string) => new ServiceError('invalid-argument', { id: 'import.wordFileFailed', values: { reason: detail } });

/**
 * Converts Word files in a worker thread running `workerScript` (the bundled
 * `docx-import-worker.ts`; see `createRequestReplyWorker`). A file the checks
 * refuse comes back as the same one-sentence `ServiceError` as inline.
 */
export function createDocxImportWorkerClient(
  workerScript: string,
  { deadlineMs = DOCX_CONVERSION_DEADLINE_MS, maxHeapMb = 512 }: { deadlineMs?: number; maxHeapMb?: number } = {},
): DocxImportWorkerClient {
  const worker = createRequestReplyWorker<Omit<DocxImportWorkerRequest, 'id'>, DocxImportWorkerReply, ImportedDocument>({
    script: workerScript,
    // A hostile file must not take the main process's memory with it: the worker gets its own, capped heap.
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    // A file that keeps the worker busy past this is stopped, so the imports behind it still happen.
    deadlineMs,
    read: (reply) => {
      if (!('error' in reply)) return reply.document;
      throw reply.invalidFile ? new ServiceError('invalid-argument', reply.localised ?? reply.error) : failed(reply.error);
    },
    failure: failed,
  });
  return { convert: (bytes, fileName, knownHeadings) => worker.request({ bytes, fileName, knownHeadings }), close: () => worker.close() };
}
