import type { FullCheck } from '../../storage/library';
import { english } from '../../../shared/i18n/english';
import { sayLocalised, type LocalisedMessage } from '../../../shared/ipc/ipc-result';
import { createRequestReplyWorker } from './request-reply-worker';
import type { IntegrityWorkerReply, IntegrityWorkerRequest } from './integrity-worker';

export interface IntegrityWorkerClient {
  /** SQLite's `integrity_check` findings for a library file, read in the worker thread; none when it is sound. */
  check: FullCheck;
  /** Stops the worker; a later check starts a new one. */
  close(): Promise<void>;
}

const failed = (detail: LocalisedMessage | string) => new Error(`The library could not be checked: ${typeof detail === 'string' ? detail : sayLocalised(english, detail)}`);

/** Runs the library's full check in a worker thread running `workerScript` (the bundled `integrity-worker.ts`); see `createRequestReplyWorker`. */
export function createIntegrityWorkerClient(workerScript: string, options: { nativeBinding?: string } = {}): IntegrityWorkerClient {
  const worker = createRequestReplyWorker<Omit<IntegrityWorkerRequest, 'id'>, IntegrityWorkerReply, string[]>({
    script: workerScript,
    read: (reply) => {
      if ('error' in reply) throw failed(reply.error);
      return reply.findings;
    },
    failure: failed,
  });
  return {
    check: (file) => worker.request({ file, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) }),
    close: () => worker.close(),
  };
}
