import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { LocalisedMessage } from '../../../shared/ipc/ipc-result';

export interface RequestReplyWorkerOptions<Reply, Result> {
  /** The bundled worker script: answers each `{ id, ...request }` message with one `{ id, ... }` reply. */
  script: string;
  /** Limits of the worker's own heap, so a hostile input cannot take the main process's memory. */
  resourceLimits?: ResourceLimits;
  /**
   * Most milliseconds one request may keep the worker busy. Past it the worker
   * is stopped, that request fails with `failure(…)`, and the requests
   * waiting behind it go on in a new worker.
   */
  deadlineMs?: number;
  /** The result of a reply; throws the error the request fails with (the worker reported one). */
  read(reply: Reply): Result;
  /** The error requests fail with when the worker itself fails or stops; `detail` says how, as a catalog clause. */
  failure(detail: LocalisedMessage): Error;
}

export interface RequestReplyWorker<Request, Result> {
  request(request: Request): Promise<Result>;
  /** Stops the worker; a later request starts a new one. */
  close(): Promise<void>;
}

interface Job<Request, Result> {
  id: number;
  request: Request;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Long work (DOCX export, DOCX import) off the main thread: a worker thread
 * started on the first request and kept, answering requests one at a time in
 * order. If the worker dies or a request passes its deadline, only the
 * request it was doing fails (with `failure`); the next one starts a new
 * worker, and the app never goes down with it. An idle worker does not keep
 * the process alive.
 */
export function createRequestReplyWorker<Request extends object, Reply extends { id: number }, Result>(
  options: RequestReplyWorkerOptions<Reply, Result>,
): RequestReplyWorker<Request, Result> {
  let worker: Worker | undefined;
  let nextId = 1;
  const queue: Job<Request, Result>[] = [];
  let active: Job<Request, Result> | undefined;
  let deadline: NodeJS.Timeout | undefined;

  /** Ends the active job and sends the next one, if any. */
  const settle = (outcome: (job: Job<Request, Result>) => void) => {
    const job = active;
    active = undefined;
    clearTimeout(deadline);
    deadline = undefined;
    if (job) outcome(job);
    sendNext();
  };

  /** The worker is unusable (it failed, stopped, or ran past a deadline): the active job fails, the queue goes on in a new one. */
  const abandon = (stopped: Worker, detail: LocalisedMessage) => {
    if (worker !== stopped) return;
    worker = undefined;
    void stopped.terminate();
    settle((job) => job.reject(options.failure(detail)));
  };

  const start = (): Worker => {
    const started = new Worker(options.script, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
    started.on('message', (reply: Reply) => {
      if (worker !== started || !active || reply.id !== active.id) return;
      settle((job) => {
        try {
          job.resolve(options.read(reply));
        } catch (error) {
          job.reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    started.on('error', (error) =>
      abandon(started, errorCode(error) === 'ERR_WORKER_OUT_OF_MEMORY' ? { id: 'worker.outOfMemory' } : { id: 'worker.failed', values: { reason: error.message } }),
    );
    started.on('exit', (code) => abandon(started, { id: 'worker.exited', values: { code } }));
    return started;
  };

  function sendNext(): void {
    if (active) return;
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      return;
    }
    active = job;
    const running = (worker ??= start());
    // Kept referenced while it works, so the process waits for it; an idle worker must not keep the app alive.
    running.ref();
    if (options.deadlineMs !== undefined) {
      const seconds = Math.round(options.deadlineMs / 1000);
      deadline = setTimeout(() => abandon(running, { id: 'worker.tooSlow', values: { seconds } }), options.deadlineMs);
    }
    running.postMessage({ ...job.request, id: job.id });
  }

  return {
    request(request) {
      const result = new Promise<Result>((resolve, reject) => queue.push({ id: nextId++, request, resolve, reject }));
      sendNext();
      return result;
    },
    async close() {
      const running = worker;
      worker = undefined;
      clearTimeout(deadline);
      deadline = undefined;
      if (running) await running.terminate();
      // Whatever was asked and not answered fails now; nothing waits for ever on a closed worker.
      const unanswered = [...(active ? [active] : []), ...queue.splice(0)];
      active = undefined;
      for (const job of unanswered) job.reject(options.failure({ id: 'worker.closed' }));
    },
  };
}
