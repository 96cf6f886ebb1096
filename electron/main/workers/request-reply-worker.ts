import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface RequestReplyWorkerOptions<Reply, Result> {
  /** The bundled worker script: answers each `{ id, ...request }` message with one `{ id, ... }` reply. */
  script: string;
  /** Limits of the worker's own heap, so a hostile input cannot take the main process's memory. */
  resourceLimits?: ResourceLimits;
  /** The result of a reply; throws the error the request fails with (the worker reported one). */
  read(reply: Reply): Result;
  /** The error requests fail with when the worker itself fails or stops; `detail` says how. */
  failure(detail: string): Error;
}

export interface RequestReplyWorker<Request, Result> {
  request(request: Request): Promise<Result>;
  /** Stops the worker; a later request starts a new one. */
  close(): Promise<void>;
}

/**
 * Long work (DOCX export, DOCX import) off the main thread: a worker thread
 * started on the first request and kept, answering requests by id, several
 * at a time. If it dies, the requests it was doing fail with `failure` and
 * the next request starts a new worker; the app never goes down with it. An
 * idle worker does not keep the process alive.
 */
export function createRequestReplyWorker<Request extends object, Reply extends { id: number }, Result>(
  options: RequestReplyWorkerOptions<Reply, Result>,
): RequestReplyWorker<Request, Result> {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };

  const start = (): Worker => {
    const started = new Worker(options.script, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
    started.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      try {
        waiting.resolve(options.read(reply));
      } catch (error) {
        waiting.reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    started.on('error', (error) => failAll(options.failure(error.message)));
    started.on('exit', (code) => {
      if (worker === started) failAll(options.failure(`its worker stopped (exit code ${code}).`));
    });
    return started;
  };

  return {
    request(request) {
      worker ??= start();
      // Kept referenced while it works, so the process waits for it; an idle worker must not keep the app alive.
      worker.ref();
      const id = nextId++;
      const result = new Promise<Result>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ ...request, id });
      return result;
    },
    async close() {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}
