import { parentPort } from 'node:worker_threads';
import { integrityFindings } from '../../storage/library-database';

/** A request to the integrity worker: the library file, and the better-sqlite3 addon to read it with (see `OpenLibraryDatabaseOptions`). */
export interface IntegrityWorkerRequest {
  id: number;
  file: string;
  nativeBinding?: string;
}

export type IntegrityWorkerReply = { id: number; findings: string[] } | { id: number; error: string };

// The worker thread of the library's full check (bundled to dist/electron/integrity-worker.cjs):
// SQLite's integrity_check reads every page of the file, a cost that grows with the library,
// so the app opens without it and runs it here, on its own read-only connection.
parentPort?.on('message', (request: IntegrityWorkerRequest) => {
  try {
    const findings = integrityFindings(request.file, request.nativeBinding ? { nativeBinding: request.nativeBinding } : {});
    parentPort?.postMessage({ id: request.id, findings } satisfies IntegrityWorkerReply);
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies IntegrityWorkerReply);
  }
});
