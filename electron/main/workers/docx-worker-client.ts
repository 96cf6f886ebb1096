import type { DocxRenderer } from '../../services/ports';
import { english } from '../../../shared/i18n/english';
import { sayLocalised, type LocalisedMessage } from '../../../shared/ipc/ipc-result';
import { createRequestReplyWorker } from './request-reply-worker';
import type { DocxWorkerReply, DocxWorkerRequest } from './docx-worker';

export interface DocxWorkerClient {
  render: DocxRenderer;
  /** Stops the worker; a later render starts a new one. */
  close(): Promise<void>;
}

const failed = (detail: LocalisedMessage | string) => new Error(`The Word document could not be made: ${typeof detail === 'string' ? detail : sayLocalised(english, detail)}`);

/** Renders DOCX files in a worker thread running `workerScript` (the bundled `docx-worker.ts`); see `createRequestReplyWorker`. */
export function createDocxWorkerClient(workerScript: string): DocxWorkerClient {
  const worker = createRequestReplyWorker<Omit<DocxWorkerRequest, 'id'>, DocxWorkerReply, Uint8Array>({
    script: workerScript,
    read: (reply) => {
      if ('error' in reply) throw failed(reply.error);
      return reply.bytes;
    },
    failure: failed,
  });
  return { render: (document, pageSize) => worker.request({ document, pageSize }), close: () => worker.close() };
}
